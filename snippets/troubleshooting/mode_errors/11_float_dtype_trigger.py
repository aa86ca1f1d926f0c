import torch

try:
    torch.tensor([1, 2, 3], requires_grad=True)  # integers: a LongTensor
except RuntimeError as error:
    print(f"RuntimeError: {error}")

try:
    torch.arange(3).requires_grad_()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
