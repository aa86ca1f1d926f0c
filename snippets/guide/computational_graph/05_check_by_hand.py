import torch

x = torch.tensor(2.0, requires_grad=True)
w = torch.tensor(3.0, requires_grad=True)
y = torch.sin(x * w) + x**2
y.backward()

with torch.no_grad():
    dy_dx = w * torch.cos(x * w) + 2 * x  # one term from each path to x
    dy_dw = x * torch.cos(x * w)
print("by hand:  ", dy_dx, dy_dw)
print("autograd: ", x.grad, w.grad)
assert torch.allclose(x.grad, dy_dx) and torch.allclose(w.grad, dy_dw)
