import torch

x1 = torch.tensor([1.0], requires_grad=True)
x2 = torch.tensor([2.0], requires_grad=True)
y1 = 5 * x1 + 3 * x2
y2 = 2 * x1 + x2
z = y1 * y2
z.backward()

print(x1.grad, x2.grad)
print(y1.grad)
print(z.grad)
# By hand: dz/dx1 = 5 y2 + 2 y1 = 42, dz/dx2 = 3 y2 + y1 = 23.
assert (x1.grad.item(), x2.grad.item()) == (5 * 4 + 2 * 11, 3 * 4 + 1 * 11)
