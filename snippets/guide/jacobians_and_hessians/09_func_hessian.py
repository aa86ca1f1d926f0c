import torch
from torch.func import hessian, jacfwd, jacrev


def g(x):
    return x[0] ** 2 * x[1] + x[1] * torch.exp(x[2])


x = torch.tensor([1.0, 2.0, 0.0])
by_hand = torch.tensor([[4.0, 2.0, 0.0], [2.0, 0.0, 1.0], [0.0, 1.0, 2.0]])

print("by hand:\n", by_hand)
print("torch.func.hessian:\n", hessian(g)(x))
assert torch.equal(hessian(g)(x), by_hand)
assert torch.equal(jacfwd(jacrev(g))(x), by_hand)  # what hessian does
