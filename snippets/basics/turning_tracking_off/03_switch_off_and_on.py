import torch

tensor1 = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)

tensor1.requires_grad_(False)
print(tensor1)

tensor1.requires_grad_(True)
print(tensor1)
