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
by_hand = 0.9 * 0.0 + 0.1 * x.mean(dim=0)  # running mean: 0.9 * old + 0.1 * batch mean
assert torch.allclose(bn.running_mean, by_hand)
assert torch.allclose(by_hand, torch.tensor([0.3]))
