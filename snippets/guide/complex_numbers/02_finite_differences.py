import torch


def loss(z):  # a real loss of complex inputs
    return (torch.sin(z) * z.conj()).real.sum() + (z**2).imag.sum()


z = torch.tensor([0.5 + 1.0j, -1.0 + 0.25j], dtype=torch.complex128, requires_grad=True)
loss(z).backward()

h = 1e-6
numeric = torch.zeros_like(z.detach())
for k in range(len(z)):
    step = torch.zeros_like(numeric)
    step[k] = h  # along the real part ...
    d_real = (loss(z.detach() + step) - loss(z.detach() - step)) / (2 * h)
    step[k] = 1j * h  # ... and along the imaginary part
    d_imag = (loss(z.detach() + step) - loss(z.detach() - step)) / (2 * h)
    numeric[k] = d_real + 1j * d_imag
print("autograd:          ", z.grad)
print("finite differences:", numeric)
assert torch.allclose(z.grad, numeric)
