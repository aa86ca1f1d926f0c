import torch

weights = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
tripled = weights * 3  # computed: not a leaf

try:
    tripled.requires_grad_(False)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
