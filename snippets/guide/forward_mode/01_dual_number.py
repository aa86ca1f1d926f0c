import torch
import torch.autograd.forward_ad as fwAD

x = torch.tensor(2.0)
with fwAD.dual_level():
    dual_x = fwAD.make_dual(x, torch.tensor(1.0))  # value 2, tangent 1
    dual_y = dual_x**3
    y, dy = fwAD.unpack_dual(dual_y)

print("value:  ", y)
print("tangent:", dy)
print("by hand, 3x^2 at x = 2:", 3 * 2.0**2)
assert dy.item() == 3 * 2.0**2
