import torch

weights = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
detached = weights.detach()

print(weights)
print(detached)
print(detached.requires_grad, detached.is_leaf)
