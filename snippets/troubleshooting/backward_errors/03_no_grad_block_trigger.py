import torch

torch.manual_seed(0)
x = torch.randn(4, 3)
w = torch.randn(3, requires_grad=True)

with torch.no_grad():  # e.g. an evaluation helper reused for training
    loss = ((x @ w) ** 2).mean()

print("loss requires grad:", loss.requires_grad)
try:
    loss.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
