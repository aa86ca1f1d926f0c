import torch

z = torch.tensor([1.0 + 1.0j, 2.0 - 0.5j], requires_grad=True)
f = z**2  # holomorphic: f'(z) = 2z
loss = (f.abs() ** 2).sum()  # |f(z)|^2 = f conj(f)
loss.backward()

zd = z.detach()
by_hand = 2 * zd**2 * (2 * zd).conj()  # 2 f(z) conj(f'(z))
print("autograd:", z.grad)
print("by hand: ", by_hand)
assert torch.allclose(z.grad, by_hand)

z.grad = None
(z**3).real.sum().backward()  # L = Re f(z) with f(z) = z^3
print("Re(z^3): autograd", z.grad, "| conj(3z^2):", (3 * zd**2).conj())
assert torch.allclose(z.grad, (3 * zd**2).conj())
