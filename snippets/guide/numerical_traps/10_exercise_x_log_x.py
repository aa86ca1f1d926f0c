import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
torch.where(x > 0, x * torch.log(x), 0.0).sum().backward()
print("single where:", x.grad)

x.grad = None
positive = x > 0
safe_x = torch.where(positive, x, 1.0)
y = torch.where(positive, safe_x * torch.log(safe_x), 0.0)  # 0 at x = 0
y.sum().backward()

by_hand = torch.where(positive, torch.log(x.detach()) + 1, 0.0)  # log x + 1
print("double where:", x.grad)
print("by hand:     ", by_hand)
assert torch.allclose(x.grad, by_hand)

# By hand, the single where: NaN at 0 (0 times the discarded log 0 = -inf),
# log x + 1 elsewhere.
single_where = torch.where(x > 0, x * torch.log(x), 0.0)
(single,) = torch.autograd.grad(single_where.sum(), x)
assert torch.isnan(single[0]) and torch.allclose(single[1:], by_hand[1:])
