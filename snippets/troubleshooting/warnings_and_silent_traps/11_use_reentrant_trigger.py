import torch
from torch.utils.checkpoint import checkpoint

w = torch.tensor([1.0, 2.0], requires_grad=True)


def block(h):
    return torch.tanh(h * w)


h = torch.ones(2) * w  # the output of an earlier layer: requires grad
out = checkpoint(block, h)  # recompute block in backward to save memory
out.sum().backward()
print("w.grad:", w.grad)
# The gradient is still right: d/dw tanh(w^2) = 2w (1 - tanh^2(w^2))
w_value = w.detach()
by_hand = 2 * w_value * (1 - torch.tanh(w_value**2) ** 2)
assert torch.allclose(w.grad, by_hand, atol=1e-6)
