import torch

a = torch.ones((2, 2), requires_grad=True)
constant = torch.ones((2, 2))

print((constant + constant).requires_grad)
print((a + constant).requires_grad)
