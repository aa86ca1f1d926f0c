import torch
from torch.utils.checkpoint import checkpoint

w = torch.tensor([1.0, 2.0], requires_grad=True)


def block(x):
    return torch.tanh(x * w)


x = torch.ones(2)
out = checkpoint(block, x, use_reentrant=False)  # tracks w inside the block
out.sum().backward()
print("w.grad:", w.grad)
