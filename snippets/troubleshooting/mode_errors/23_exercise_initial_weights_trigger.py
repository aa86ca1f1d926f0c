import torch

try:
    w = torch.tensor([1, 2, 3], requires_grad=True) / 10
except RuntimeError as error:
    print(f"RuntimeError: {error}")
