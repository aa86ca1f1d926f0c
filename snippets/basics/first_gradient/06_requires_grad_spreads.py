import torch

x = torch.ones(2, requires_grad=True)
y = 5 * (x + 1) ** 2
o = 0.5 * torch.sum(y)

print(x.requires_grad, y.requires_grad, o.requires_grad)
