import torch

z = torch.tensor(1.0 + 2.0j, requires_grad=True)
loss = (z * z.conj()).real  # |z|^2 = x^2 + y^2, a real number
loss.backward()

x, y = 1.0, 2.0
by_parts = complex(2 * x, 2 * y)  # dL/dx + i dL/dy
wirtinger = z.detach()  # dL/d(conj z) for L = z conj(z)
print("z.grad:                   ", z.grad)
print("dL/dx + i dL/dy:          ", by_parts)
print("2 * dL/d(conj z):         ", 2 * wirtinger)
assert z.grad == by_parts and z.grad == 2 * wirtinger
