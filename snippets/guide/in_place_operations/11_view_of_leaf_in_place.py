import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)

try:
    w[0] = 0.0  # indexing gives a view of w, and the assignment is in place
except RuntimeError as error:
    print(f"RuntimeError: {error}")
