import torch
from torch import nn

for how in ("requires_grad_(False)", "torch.no_grad()"):
    first, middle, last = (nn.Linear(1, 1, bias=False) for _ in range(3))
    with torch.no_grad():
        for layer, value in zip((first, middle, last), (2.0, 3.0, 4.0), strict=True):
            layer.weight.fill_(value)
    x = torch.tensor([[1.0]])

    if how == "torch.no_grad()":
        with torch.no_grad():
            h = middle(first(x))  # nothing recorded: the graph starts after here
    else:
        middle.requires_grad_(False)
        h = middle(first(x))  # recorded: gradients flow through middle
    last(h).sum().backward()  # out = 4 * 3 * 2 * x = 24
    grads = [layer.weight.grad for layer in (first, middle, last)]
    print(f"{how:21}: first, middle, last .grad = {grads}")

assert first.weight.grad is None  # last round, no_grad: first is cut off too
