import torch
from torch.func import jvp, vjp


def f(x):
    return torch.stack([x[0] * x[1] * x[2], x[0] ** 2 + 3 * x[2]])


x = torch.tensor([1.0, 2.0, 3.0])
by_hand = torch.tensor([[6.0, 3.0, 2.0], [2.0, 0.0, 3.0]])  # J at (1, 2, 3)

# Forward mode: J @ e_j is column j. One JVP per input.
columns = [jvp(f, (x,), (e,))[1] for e in torch.eye(3)]
# Reverse mode: e_i @ J is row i. One VJP per output.
y, pullback = vjp(f, x)
rows = [pullback(e)[0] for e in torch.eye(2)]

print(f"{len(columns)} JVPs, column by column:\n", torch.stack(columns, dim=1))
print(f"{len(rows)} VJPs, row by row:\n", torch.stack(rows))
assert torch.equal(torch.stack(columns, dim=1), by_hand)
assert torch.equal(torch.stack(rows), by_hand)
