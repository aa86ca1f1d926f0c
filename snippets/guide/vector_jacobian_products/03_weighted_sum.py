import torch


def f(x):
    return torch.stack([x[0] * x[1], x[0] ** 2, x[0] + 3 * x[1]])


x = torch.tensor([2.0, 3.0], requires_grad=True)
v = torch.tensor([1.0, 10.0, 100.0])

(v * f(x)).sum().backward()  # a scalar L whose gradient with respect to y is v
from_scalar = x.grad

x.grad = None
f(x).backward(gradient=v)
print("backward of (v * y).sum():", from_scalar)
print("y.backward(gradient=v):   ", x.grad)
assert torch.equal(from_scalar, x.grad)
