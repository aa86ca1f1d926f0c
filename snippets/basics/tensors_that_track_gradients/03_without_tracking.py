import torch

no_gradient = torch.ones(2, 2)  # the shape as two numbers, not a tuple

print(no_gradient)
print(no_gradient.requires_grad)
