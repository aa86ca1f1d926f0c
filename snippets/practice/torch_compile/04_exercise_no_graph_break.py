# snippet: timeout 90
import torch


def loss_fn(x, w):
    y = torch.sin(x * w)
    y = torch.where(y.sum() > 0, y * 2, y)  # both branches as tensor operations
    return (y * y).sum()


torch.manual_seed(0)
x, w = torch.randn(3, requires_grad=True), torch.randn(3, requires_grad=True)
explanation = torch._dynamo.explain(loss_fn)(x, w)
print("graphs:", explanation.graph_count, "breaks:", explanation.graph_break_count)

torch.compile(loss_fn, backend="aot_eager")(x, w).backward()
# By hand: y = c * sin(xw) with c = 2 or 1, so d/dx sum(y^2) = 2 c^2 sin(xw) cos(xw) w.
c = 2.0 if torch.sin(x * w).sum() > 0 else 1.0
by_hand = 2 * c**2 * torch.sin(x * w) * torch.cos(x * w) * w
print("c =", c, "x.grad:", x.grad, "by hand:", by_hand.detach())
assert explanation.graph_count == 1 and torch.allclose(x.grad, by_hand)
