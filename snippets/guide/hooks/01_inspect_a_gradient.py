import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x**2
y.register_hook(lambda grad: print("gradient reaching y:", grad))
loss = (3 * y).sum()

loss.backward()
print("x.grad:", x.grad)
assert torch.equal(x.grad, 3 * 2 * x.detach())  # dL/dx = dL/dy * dy/dx = 3 * 2x
