import torch


def g(x):
    return x[0] ** 2 * x[1] + x[1] * torch.exp(x[2])


x = torch.tensor([1.0, 2.0, 0.0])
hessian = torch.autograd.functional.hessian(g, x)

x1, x2, e = 1.0, 2.0, 1.0  # e = exp(x3) = exp(0)
by_hand = torch.tensor([[2 * x2, 2 * x1, 0.0], [2 * x1, 0.0, e], [0.0, e, x2 * e]])
print("by hand:\n", by_hand)
print("autograd.functional.hessian:\n", hessian)
assert torch.equal(hessian, by_hand)
