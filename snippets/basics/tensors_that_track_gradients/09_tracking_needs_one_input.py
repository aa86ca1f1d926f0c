import torch

a = torch.ones((2, 2), requires_grad=True)
no_gradient = torch.ones((2, 2))

print((no_gradient + no_gradient).requires_grad)
print((a + no_gradient).requires_grad)
