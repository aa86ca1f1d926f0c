import torch

x = torch.tensor(3.0, requires_grad=True)
for _ in range(2):
    y = x**2
    y.backward()

by_hand = 2 * (2 * 3.0)  # two calls, each adding dy/dx = 2x = 6
print("by hand: ", by_hand)
print("autograd:", x.grad)
assert x.grad.item() == by_hand
