import torch

x = torch.ones(2, requires_grad=True)
y = 5 * (x + 1) ** 2

print(x)
print(y)
