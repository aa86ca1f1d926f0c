import torch

x = torch.ones(2, requires_grad=True)
y = 5 * (x + 1) ** 2  # two numbers, not one

try:
    y.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
