import torch
from torch import nn

bn = nn.BatchNorm1d(1)  # running mean starts at 0
bn.requires_grad_(False)  # frozen: no gradients for its weight and bias
x = torch.tensor([[1.0], [2.0], [3.0], [6.0]])  # batch mean 3

bn(x)
print("frozen, train mode:", bn.running_mean)  # moved 0.1 of the way to 3
bn.eval()
bn(x)
print("frozen, eval mode: ", bn.running_mean)  # unchanged
assert torch.allclose(bn.running_mean, torch.tensor([0.3]))
