import torch

x = torch.ones(3, requires_grad=True)
y = x * 2

y.backward(torch.ones_like(y))  # same shape as y
print("x.grad:", x.grad)
