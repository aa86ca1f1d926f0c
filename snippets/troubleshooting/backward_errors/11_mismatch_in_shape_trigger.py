import torch

x = torch.ones(3, requires_grad=True)
y = x * 2  # three outputs

try:
    y.backward(torch.ones(2))  # the gradient must have y's shape
except RuntimeError as error:
    print(f"RuntimeError: {error}")
