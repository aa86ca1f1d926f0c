import torch

x = torch.tensor([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]], requires_grad=True)
y = 3 * x + 2
out = (2 * y**2).mean()
out.backward()

y = y.detach()
steps = (1 / 6) * (4 * y) * 3  # d out/dz * dz/dy * dy/dx
print("product of the steps:")
print(steps)
print("autograd:")
print(x.grad)
assert torch.allclose(steps, x.grad)
