import torch

a = torch.ones((2, 2), requires_grad=True)
b = torch.ones((2, 2), requires_grad=True)

print(a + b)
print(torch.add(a, b))
