import torch

torch.manual_seed(0)
encoder = torch.randn(3, 3, requires_grad=True)
x = torch.randn(2, 3)

features = x @ encoder
try:
    features.requires_grad = False  # freeze everything before this point
except RuntimeError as error:
    print(f"RuntimeError: {error}")
