import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
loss = a**2  # b takes no part in the loss

try:
    torch.autograd.grad(loss, [a, b])
except RuntimeError as error:
    print(f"RuntimeError: {error}")
