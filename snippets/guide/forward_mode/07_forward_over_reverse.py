import torch
from torch.func import grad, jvp


def g(x):
    return x[0] ** 3 + x[0] * x[1] ** 2


x = torch.tensor([1.0, 2.0])
v = torch.tensor([1.0, 10.0])

# The JVP of the gradient function: how the gradient moves along v.
_, hvp = jvp(grad(g), (x,), (v,))

hessian = torch.tensor([[6.0, 4.0], [4.0, 2.0]])  # [[6 x1, 2 x2], [2 x2, 2 x1]]
print("by hand, H @ v:     ", hessian @ v)
print("forward-over-reverse:", hvp)
assert torch.equal(hvp, hessian @ v)
