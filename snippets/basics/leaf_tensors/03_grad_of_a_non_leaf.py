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
