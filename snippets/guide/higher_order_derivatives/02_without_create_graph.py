import torch

x = torch.tensor(3.0, requires_grad=True)
y = x**3

(dy_dx,) = torch.autograd.grad(y, x)  # no create_graph: a plain number
print("dy/dx:", dy_dx)
try:
    torch.autograd.grad(dy_dx, x)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
