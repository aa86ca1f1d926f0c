import torch
from torch import nn

bn = nn.BatchNorm1d(1)  # running mean starts at 0, running variance at 1
x = torch.tensor([[1.0], [2.0], [3.0], [6.0]])

train_out = bn(x)  # uses this batch's mean and (biased) variance
# By hand: mean 3, biased variance (4 + 1 + 0 + 9) / 4 = 3.5, unbiased 14 / 3.
assert x.mean() == 3 and x.var(correction=0) == 3.5
assert torch.isclose(x.var(), torch.tensor(14 / 3))
by_hand = (x - x.mean()) / torch.sqrt(x.var(correction=0) + bn.eps)
print("train:  ", train_out.flatten())
print("by hand:", by_hand.flatten())
assert torch.allclose(train_out, by_hand)

running = (0.9 * 0 + 0.1 * x.mean(), 0.9 * 1 + 0.1 * x.var())  # var(): unbiased
print("running mean, var:", bn.running_mean, bn.running_var)
print("by hand:          ", *running)
assert torch.allclose(bn.running_mean, running[0])
assert torch.allclose(bn.running_var, running[1])

bn.eval()
print("eval:   ", bn(x).flatten())  # uses the running statistics instead
assert torch.allclose(bn(x), (x - running[0]) / torch.sqrt(running[1] + bn.eps))
