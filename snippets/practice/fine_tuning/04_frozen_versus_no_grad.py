import torch
from torch import nn

for how in ("requires_grad_(False)", "torch.no_grad()"):
    first, middle, last = (nn.Linear(1, 1, bias=False) for _ in range(3))
    with torch.no_grad():
        first.weight.fill_(2.0)
        middle.weight.fill_(3.0)
        last.weight.fill_(4.0)
    x = torch.tensor([[1.0]])

    if how == "torch.no_grad()":
        with torch.no_grad():
            h = middle(first(x))  # nothing recorded: the graph starts after here
    else:
        middle.requires_grad_(False)
        h = middle(first(x))  # recorded: gradients flow through middle
    last(h).sum().backward()  # out = 4 * 3 * 2 * x = 24
    grads = [layer.weight.grad for layer in (first, middle, last)]
    print(f"{how:21}", [None if g is None else g.item() for g in grads])
    if how == "requires_grad_(False)":
        assert grads[0].item() == 4 * 3 * 1 and grads[2].item() == 3 * 2 * 1

assert first.weight.grad is None  # last round, no_grad: first is cut off too
