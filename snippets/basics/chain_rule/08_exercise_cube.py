import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
y = 2 * x + 1
z = y**3
out = z.sum()
out.backward()

by_hand = 6 * (2 * x.detach() + 1) ** 2  # 1 * 3y^2 * 2
print("by hand: ", by_hand)
print("autograd:", x.grad)
assert torch.equal(by_hand, x.grad)
