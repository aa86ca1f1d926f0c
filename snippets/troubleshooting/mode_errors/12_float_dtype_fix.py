import torch

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)  # note the dots
b = torch.arange(3, dtype=torch.float32).requires_grad_()
print(a)
print(b)
