import torch

try:
    torch.tensor([1, 2, 3], requires_grad=True)
except RuntimeError as error:
    print(f"RuntimeError: {error}")

print(torch.tensor([1, 2, 3]).dtype)  # whole numbers make an integer tensor

values = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
print(values.dtype, values.requires_grad)
