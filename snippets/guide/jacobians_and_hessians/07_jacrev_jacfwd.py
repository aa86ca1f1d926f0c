import torch
from torch.func import jacfwd, jacrev


def f(x):
    return torch.stack([x[0] * x[1] * x[2], x[0] ** 2 + 3 * x[2]])


x = torch.tensor([1.0, 2.0, 3.0])
by_hand = torch.tensor([[6.0, 3.0, 2.0], [2.0, 0.0, 3.0]])  # J at (1, 2, 3)

print("jacrev:\n", jacrev(f)(x))
print("jacfwd:\n", jacfwd(f)(x))
assert torch.equal(jacrev(f)(x), by_hand)
assert torch.equal(jacfwd(f)(x), by_hand)
