import torch

x = torch.ones(2, requires_grad=True)
y = 5 * (x + 1) ** 2
o = 0.5 * torch.sum(y)  # half the sum: (20 + 20) / 2

print(o)
assert o.item() == (20 + 20) / 2
assert torch.equal(o, y.mean())  # with two entries, half the sum is the mean
