import torch
from torch.utils.checkpoint import checkpoint

w = torch.tensor([1.0, 2.0], requires_grad=True)


def block(h):
    return torch.tanh(h * w)


h = torch.ones(2) * w  # the output of an earlier layer: requires grad
out = checkpoint(block, h)  # recompute block in backward to save memory
out.sum().backward()
print("w.grad:", w.grad)
