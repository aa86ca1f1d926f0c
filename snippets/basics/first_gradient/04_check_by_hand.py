import torch

x = torch.ones(2, requires_grad=True)
o = 0.5 * torch.sum(5 * (x + 1) ** 2)
o.backward()

by_hand = 5 * (x.detach() + 1)  # do/dx_i = 5(x_i + 1)
print("by hand: ", by_hand)
print("autograd:", x.grad)
assert torch.equal(by_hand, x.grad)
