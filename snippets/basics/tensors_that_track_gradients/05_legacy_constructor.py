import torch

print(torch.tensor([1]).dtype)  # dtype follows the data: int64
print(torch.Tensor([1]).dtype)  # always the default float type
print(torch.tensor(3))  # the number 3
print(torch.Tensor(3).shape)  # three uninitialized numbers, not the number 3

try:
    torch.Tensor([1.0], requires_grad=True)
except TypeError:
    print("torch.Tensor does not accept requires_grad=")
