import torch

x = torch.tensor([2.0, 3.0], requires_grad=True)
bias = torch.tensor(0.5, requires_grad=True)  # never used below
loss = (x[0] * x[1]) ** 2

try:
    torch.autograd.grad(loss, [x, bias])
except RuntimeError as error:
    print(f"RuntimeError: {error}")
