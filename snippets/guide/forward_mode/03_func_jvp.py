import torch
from torch.func import jvp


def f(x):
    return torch.stack([x[0] * x[1] * x[2], x[0] ** 2 + torch.sin(x[2])])


torch.manual_seed(0)
x = torch.randn(3, dtype=torch.float64)
v = torch.randn(3, dtype=torch.float64)
h = 1e-6

value, tangent = jvp(f, (x,), (v,))
numeric = (f(x + h * v) - f(x - h * v)) / (2 * h)  # move x a little along v
print("value:             ", value)
print("finite differences:", numeric)
print("torch.func.jvp:    ", tangent)
assert torch.allclose(tangent, numeric)
