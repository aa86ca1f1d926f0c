import math

import torch

x = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
y = x**2 * torch.log(x)

(first,) = torch.autograd.grad(y, x, create_graph=True)
(second,) = torch.autograd.grad(first, x)

by_hand = 2 * math.log(2.0) + 3  # f''(x) = 2 ln(x) + 3
print(f"by hand:  {by_hand:.6f}")
print(f"autograd: {second.item():.6f}")
assert math.isclose(second.item(), by_hand)
assert math.isclose(first.item(), 2 * 2.0 * math.log(2.0) + 2.0)  # f'(x) = 2x ln x + x
