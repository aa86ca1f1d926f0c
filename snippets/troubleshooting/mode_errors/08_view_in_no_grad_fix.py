import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = x * 2

head = h[:2]  # view and in-place update both tracked
head.mul_(10)
h.sum().backward()
print("x.grad: ", x.grad)
by_hand = torch.tensor([2.0 * 10, 2.0 * 10, 2.0])  # d(2x)/dx, times 10 where scaled
print("by hand:", by_hand)
assert torch.equal(x.grad, by_hand)
