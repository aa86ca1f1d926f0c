import torch

torch.manual_seed(0)
a = torch.randn(2, 2, requires_grad=True)
b = torch.randn(2, 2, requires_grad=True)
c = torch.sum(a + b)

print(a)
print(b)
print(c)
