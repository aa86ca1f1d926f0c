import torch


def g(x):
    return x[0] ** 3 + x[0] * x[1] ** 2


x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
v = torch.tensor([1.0, 10.0], dtype=torch.float64)

(gradient,) = torch.autograd.grad(g(x), x, create_graph=True)
(hvp,) = torch.autograd.grad(gradient @ v, x)  # the gradient of a scalar

x1, x2 = 1.0, 2.0
by_hand = torch.tensor([3 * x1**2 + x2**2, 2 * x1 * x2], dtype=torch.float64)
hessian = torch.tensor([[6 * x1, 2 * x2], [2 * x2, 2 * x1]], dtype=torch.float64)
print("gradient, by hand: ", by_hand)
print("gradient, autograd:", gradient.detach())
print("H @ v, by hand:    ", hessian @ v)
print("H @ v, autograd:   ", hvp)
assert torch.allclose(gradient, by_hand) and torch.allclose(hvp, hessian @ v)
# The whole Hessian by hand, and the product exact in float64 here.
assert torch.equal(torch.autograd.functional.hessian(g, x.detach()), hessian)
assert torch.equal(hvp, hessian @ v)
