import torch

x1 = torch.tensor([1.0], requires_grad=True)
x2 = torch.tensor([2.0], requires_grad=True)
y1 = 5 * x1 + 3 * x2
y2 = 2 * x1 + x2
z = y1 * y2
z.backward()

y1, y2 = y1.item(), y2.item()  # 11 and 4
print("dz/dx1 by hand:", 5 * y2 + 2 * y1, "autograd:", x1.grad)
print("dz/dx2 by hand:", 3 * y2 + 1 * y1, "autograd:", x2.grad)
assert x1.grad.item() == 5 * y2 + 2 * y1
assert x2.grad.item() == 3 * y2 + 1 * y1
