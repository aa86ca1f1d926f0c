import torch

constant = torch.ones(2, 2)  # the shape as two numbers, not a tuple

print(constant)
print(constant.requires_grad)
