import torch

x = torch.tensor(3.0, requires_grad=True)
y = x**3

(dy_dx,) = torch.autograd.grad(y, x, create_graph=True)
print("dy/dx:  ", dy_dx)
(d2y_dx2,) = torch.autograd.grad(dy_dx, x)
print("d2y/dx2:", d2y_dx2)

by_hand = (3 * 3.0**2, 6 * 3.0)  # 3x^2 and 6x at x = 3
print("by hand:", by_hand)
assert (dy_dx.item(), d2y_dx2.item()) == by_hand
