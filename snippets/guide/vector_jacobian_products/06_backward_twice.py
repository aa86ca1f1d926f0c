import torch

x = torch.tensor([2.0, 3.0], requires_grad=True)
y = torch.stack([x[0] * x[1], x[0] ** 2, x[0] + 3 * x[1]])
v = torch.tensor([1.0, 10.0, 100.0])

y.backward(gradient=v)
try:
    y.backward(gradient=v)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
