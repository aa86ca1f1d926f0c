import torch

a = torch.ones((2, 2), requires_grad=True)

print(a)
print(a.requires_grad)
