import torch
import torch.autograd.forward_ad as fwAD

point = torch.tensor([1.0, 2.0], dtype=torch.float64)
u = torch.tensor([0.6, 0.8], dtype=torch.float64)  # a unit vector

with fwAD.dual_level():
    p = fwAD.make_dual(point, u)
    slope = fwAD.unpack_dual(p[0] ** 2 * p[1]).tangent

x, y = 1.0, 2.0
by_hand = 2 * x * y * 0.6 + x**2 * 0.8  # gradient (2xy, x^2) dotted with u
print(f"by hand:      {by_hand:.6f}")
print(f"forward mode: {slope.item():.6f}")
assert torch.allclose(slope, torch.tensor(by_hand, dtype=torch.float64))
