import torch

tensor1 = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
new_tensor = tensor1.detach()

print(tensor1)
print(new_tensor)
print(new_tensor.requires_grad, new_tensor.is_leaf)
