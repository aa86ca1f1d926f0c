import torch
from torch.utils.checkpoint import checkpoint

w = torch.tensor([1.0, 2.0], requires_grad=True)


def block(x):
    return torch.tanh(x * w)


x = torch.ones(2)  # the input does not require grad; w is used inside
out = checkpoint(block, x, use_reentrant=True)
try:
    out.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
