import math

import torch
from torch.utils.checkpoint import checkpoint

w = torch.tensor(1.0, requires_grad=True)
x = torch.tensor(2.0)
scale = 1.0


def block(h):
    return torch.sin(scale * h * w)


plain = torch.autograd.grad(block(x), w)[0]
out = checkpoint(block, x, use_reentrant=False)
scale = 3.0  # changed between the forward pass and the backward pass
wrong = torch.autograd.grad(out, w)[0]
print(f"plain:        {plain:.4f}  2cos(2) = {2 * math.cos(2):.4f}")
print(f"checkpointed: {wrong:.4f}  6cos(6) = {6 * math.cos(6):.4f}")
assert math.isclose(plain, 2 * math.cos(2), rel_tol=1e-6)
assert math.isclose(wrong, 6 * math.cos(6), rel_tol=1e-6)
