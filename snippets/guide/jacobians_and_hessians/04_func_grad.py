import torch
from torch.func import grad


def g(x):
    return x[0] ** 2 * x[1] + x[1] * torch.exp(x[2])


x = torch.tensor([1.0, 2.0, 0.0])  # no requires_grad needed
gradient_of_g = grad(g)  # a new Python function
print("torch.func.grad:", gradient_of_g(x))

x1, x2, e = 1.0, 2.0, 1.0
by_hand = torch.tensor([2 * x1 * x2, x1**2 + e, x2 * e])
print("by hand:        ", by_hand)
assert torch.equal(gradient_of_g(x), by_hand)
