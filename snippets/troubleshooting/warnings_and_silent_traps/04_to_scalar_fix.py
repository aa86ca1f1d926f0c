import torch

x = torch.tensor(2.0, requires_grad=True)
features = torch.stack([x**2, x**3])  # a differentiable operation

print(features)
features.sum().backward()
print("x.grad: ", x.grad)
by_hand = 2 * 2.0 + 3 * 2.0**2  # d/dx (x^2 + x^3) = 2x + 3x^2 at x = 2
print("by hand:", by_hand)
assert x.grad.item() == by_hand
