import torch

x = torch.tensor([2.0, 3.0], requires_grad=True)
y = torch.stack([x[0] * x[1], x[0] ** 2, x[0] + 3 * x[1]])

try:
    y.backward(gradient=torch.ones(2))  # one entry per input: wrong
except RuntimeError as error:
    print(f"RuntimeError: {error}")
