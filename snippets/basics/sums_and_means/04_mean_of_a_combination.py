import torch

t1 = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
t2 = torch.tensor([[5.0, 6.0], [7.0, 8.0]], requires_grad=True)
y = (t1 + 2 * t2).mean()

sum_u, twice_sum_v = 1 + 2 + 3 + 4, 2 * (5 + 6 + 7 + 8)
by_hand = (sum_u + twice_sum_v) / 4
print(f"by hand:  ({sum_u} + {twice_sum_v}) / 4 =", by_hand)
print("autograd:", y)
assert y.item() == by_hand
print(y.requires_grad, y.grad_fn)
print(t1.requires_grad, t1.grad_fn)
