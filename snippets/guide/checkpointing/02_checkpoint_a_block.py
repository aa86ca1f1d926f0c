import torch
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
w = torch.randn(4, 4, requires_grad=True)
x = torch.randn(3, 4)


def block(h):
    return torch.tanh(torch.tanh(h @ w) @ w)


block(x).sum().backward()
plain = w.grad
w.grad = None

checkpoint(block, x, use_reentrant=False).sum().backward()
print("plain:       ", plain[0])
print("checkpointed:", w.grad[0])
print("identical:", torch.equal(plain, w.grad))
assert torch.equal(plain, w.grad)
