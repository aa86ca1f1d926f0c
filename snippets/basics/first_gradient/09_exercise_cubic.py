import torch

x = torch.tensor(3.0, requires_grad=True)
y = x**3 - 2 * x
y.backward()

by_hand = 3 * 3.0**2 - 2  # dy/dx = 3x^2 - 2 at x = 3
print("by hand: ", by_hand)
print("autograd:", x.grad)
assert x.grad.item() == by_hand
