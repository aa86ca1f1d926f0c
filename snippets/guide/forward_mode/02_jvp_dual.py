import torch
import torch.autograd.forward_ad as fwAD


def f(x):
    return torch.stack([x[0] * x[1] * x[2], x[0] ** 2 + 3 * x[2]])


x = torch.tensor([1.0, 2.0, 3.0])
v = torch.tensor([1.0, 10.0, 100.0])  # the direction in which x moves

with fwAD.dual_level():
    jvp = fwAD.unpack_dual(f(fwAD.make_dual(x, v))).tangent

jacobian = torch.tensor([[6.0, 3.0, 2.0], [2.0, 0.0, 3.0]])  # J at (1, 2, 3)
print("by hand, J @ v:", jacobian @ v)
print("forward mode:  ", jvp)
assert torch.equal(jvp, jacobian @ v)
