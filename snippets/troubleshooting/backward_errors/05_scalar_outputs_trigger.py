import torch

x = torch.tensor([1.0, 2.0, 3.0])
target = torch.tensor([2.0, 4.0, 6.0])
w = torch.tensor(1.5, requires_grad=True)

losses = (w * x - target) ** 2  # one loss per sample, not reduced
print("losses:", losses)
try:
    losses.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
