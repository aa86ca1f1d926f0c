import torch


@torch.no_grad()
def mult_by_three(x):
    return x * 3


tensor1 = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
new_tensor = mult_by_three(tensor1)

print(new_tensor)
print("tensor1 requires grad:   ", tensor1.requires_grad)
print("new_tensor requires grad:", new_tensor.requires_grad)
