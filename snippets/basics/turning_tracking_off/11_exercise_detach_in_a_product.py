import torch

x = torch.tensor(3.0, requires_grad=True)
out = x * x.detach()  # the second factor is a constant to autograd
out.backward()

by_hand = 3.0  # d(x * c)/dx = c, with c = 3
print("by hand: ", by_hand, "(the full derivative 2x would be 6)")
print("autograd:", x.grad)
assert x.grad.item() == by_hand
assert torch.autograd.grad(x * x, x)[0].item() == 2 * 3.0  # the full 2x
