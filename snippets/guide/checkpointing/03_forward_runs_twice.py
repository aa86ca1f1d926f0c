import torch
from torch.utils.checkpoint import checkpoint

w = torch.ones(4, 4, requires_grad=True)
x = torch.ones(3, 4)
calls = 0


def block(h):
    global calls
    calls += 1
    return torch.tanh(h @ w)


out = checkpoint(block, x, use_reentrant=False)
print("block ran after forward: ", calls)
assert calls == 1  # once in the forward pass
out.sum().backward()
print("block ran after backward:", calls)
assert calls == 1 + 1  # and once more in backward, to recompute what it needs
