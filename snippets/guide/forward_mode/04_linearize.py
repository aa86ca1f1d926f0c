import torch
from torch.func import jvp, linearize


def f(x):
    return torch.stack([x[0] * x[1] * x[2], x[0] ** 2 + 3 * x[2]])


x = torch.tensor([1.0, 2.0, 3.0])
value, jvp_at_x = linearize(f, x)  # runs f here, never again for the JVPs
J = torch.tensor([[6.0, 3.0, 2.0], [2.0, 0.0, 3.0]])  # by hand, at (1, 2, 3)

for v in ([1.0, 10.0, 100.0], [1.0, 0.0, 0.0]):
    v = torch.tensor(v)
    print("v:", v, "-> J v:", jvp_at_x(v), "| by hand:", J @ v)
    assert torch.equal(jvp_at_x(v), J @ v)
    assert torch.equal(jvp_at_x(v), jvp(f, (x,), (v,))[1])  # same as one jvp
