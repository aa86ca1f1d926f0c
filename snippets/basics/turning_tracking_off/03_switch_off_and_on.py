import torch

weights = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)

weights.requires_grad_(False)
print(weights)

weights.requires_grad_(True)
print(weights)
