import torch

torch.manual_seed(0)
with torch.inference_mode():  # features cached from a frozen encoder
    features = torch.randn(4, 3) * 2

w = torch.randn(3, requires_grad=True)
try:
    loss = (features @ w).pow(2).mean()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
