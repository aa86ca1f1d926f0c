import torch


def g(x):
    return x[0] ** 3 + x[0] * x[1] ** 2


def gradient(at, create_graph=False):
    return torch.autograd.grad(g(at), at, create_graph=create_graph)[0]


x = torch.tensor([1.0, 2.0], dtype=torch.float64)
v = torch.tensor([1.0, 10.0], dtype=torch.float64)
h = 1e-6

# How fast the gradient changes when x moves along v: central differences.
ahead = (x + h * v).requires_grad_()
behind = (x - h * v).requires_grad_()
numeric = (gradient(ahead) - gradient(behind)) / (2 * h)

x.requires_grad_()
(hvp,) = torch.autograd.grad(gradient(x, create_graph=True) @ v, x)
print("finite differences:", numeric)
print("double backward:   ", hvp)
assert torch.allclose(hvp, numeric)
