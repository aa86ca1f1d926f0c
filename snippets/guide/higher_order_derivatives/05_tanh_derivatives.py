import torch

x = torch.tensor([-1.0, 0.5, 2.0], dtype=torch.float64, requires_grad=True)
y = torch.tanh(x)

# Each y_i depends on x_i alone, so the gradient of the sum is elementwise.
(first,) = torch.autograd.grad(y.sum(), x, create_graph=True)
(second,) = torch.autograd.grad(first.sum(), x)

t = torch.tanh(x.detach())
print("f'  by hand: ", 1 - t**2)
print("f'  autograd:", first.detach())
print("f'' by hand: ", -2 * t * (1 - t**2))
print("f'' autograd:", second)
assert torch.allclose(first, 1 - t**2)
assert torch.allclose(second, -2 * t * (1 - t**2))
