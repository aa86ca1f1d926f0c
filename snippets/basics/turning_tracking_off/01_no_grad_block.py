import torch

tensor1 = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)

with torch.no_grad():
    new_tensor = tensor1 * 3
    print(new_tensor)
    print("tensor1 requires grad:   ", tensor1.requires_grad)
    print("new_tensor requires grad:", new_tensor.requires_grad)

print("outside the block:       ", (tensor1 * 3).requires_grad)
