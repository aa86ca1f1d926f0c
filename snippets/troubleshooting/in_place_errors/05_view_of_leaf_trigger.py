import torch

torch.manual_seed(0)
embedding = torch.randn(4, 2, requires_grad=True)

try:
    embedding[0] = 0.0  # row 0 is padding: start it at zero
except RuntimeError as error:
    print(f"RuntimeError: {error}")
