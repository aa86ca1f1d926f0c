import torch
from torch.func import vmap


def f(x):  # written for one vector of 3 numbers
    return torch.stack([x[0] * x[1] * x[2], x[0] ** 2 + 3 * x[2]])


batch = torch.tensor([[1.0, 2.0, 3.0], [0.0, 1.0, 1.0], [2.0, 2.0, 0.5]])
batched = vmap(f)(batch)  # f applied to every row at once
by_loop = torch.stack([f(row) for row in batch])

print("vmap:\n", batched)
print("one row at a time:\n", by_loop)
assert torch.equal(batched, by_loop)
