import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)
y = x.sigmoid()  # sigmoid saves its output: its derivative is y * (1 - y)
y.mul_(2)  # overwrites the saved output

try:
    y.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
