import torch

x = torch.tensor([-1.0, 0.0, 4.0], requires_grad=True)
positive = x > 0
safe_x = torch.where(positive, x, 1.0)  # any value where sqrt is well-behaved
y = torch.where(positive, torch.sqrt(safe_x), 0.0)

y.sum().backward()
by_hand = torch.tensor([0.0, 0.0, 1 / (2 * 4**0.5)])  # 1 / (2 sqrt(x)) if x > 0
print("y:       ", y.detach())
print("by hand: ", by_hand)
print("autograd:", x.grad)
assert torch.equal(x.grad, by_hand)
