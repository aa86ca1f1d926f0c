import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)
y = x.exp()  # saved at version 0
y.add_(1)  # version 1
y.add_(1)  # version 2

try:
    y.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
