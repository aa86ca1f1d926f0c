import torch
from torch.func import jvp, vjp


def forward_mode_jacobian(f, x):
    columns = [jvp(f, (x,), (e,))[1] for e in torch.eye(x.numel(), dtype=x.dtype)]
    return torch.stack(columns, dim=1), len(columns)


def reverse_mode_jacobian(f, x):
    y, pullback = vjp(f, x)
    rows = [pullback(e)[0] for e in torch.eye(y.numel(), dtype=y.dtype)]
    return torch.stack(rows), len(rows)


def layer(A):
    return lambda x: torch.sin(A @ x)


torch.manual_seed(0)
for outputs, inputs in [(50, 2), (2, 50)]:
    A = torch.randn(outputs, inputs, dtype=torch.float64)
    x = torch.randn(inputs, dtype=torch.float64)
    by_hand = torch.cos(A @ x)[:, None] * A  # J = diag(cos(Ax)) A

    forward, jvps = forward_mode_jacobian(layer(A), x)
    reverse, vjps = reverse_mode_jacobian(layer(A), x)
    print(f"J is {outputs} x {inputs}: {jvps} JVPs forward, {vjps} VJPs reverse")
    assert torch.allclose(forward, by_hand) and torch.allclose(reverse, by_hand)
