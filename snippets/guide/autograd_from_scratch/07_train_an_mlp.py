import math

import torch


class Value:
    """A number that remembers how it was computed, for reverse-mode autograd."""

    def __init__(self, data, parents=(), local_grads=()):
        self.data = data
        self.grad = 0.0
        self.parents = parents  # the Values this one was computed from
        self.local_grads = local_grads  # d(self)/d(parent), one per parent

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data + other.data, (self, other), (1.0, 1.0))

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data * other.data, (self, other), (other.data, self.data))

    def __pow__(self, k):  # k is a plain number, not a Value
        return Value(self.data**k, (self,), (k * self.data ** (k - 1),))

    def tanh(self):
        t = math.tanh(self.data)
        return Value(t, (self,), (1 - t**2,))

    def exp(self):
        e = math.exp(self.data)
        return Value(e, (self,), (e,))

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __truediv__(self, other):
        return self * other**-1

    __radd__ = __add__
    __rmul__ = __mul__

    def topological_order(self):
        """This Value and all it depends on, each one after its parents."""
        order, seen = [], set()

        def visit(v):
            if v not in seen:
                seen.add(v)
                for parent in v.parents:
                    visit(parent)
                order.append(v)

        visit(self)
        return order

    def backward(self):
        self.grad = 1.0
        for v in reversed(self.topological_order()):  # from the output back
            for parent, local in zip(v.parents, v.local_grads, strict=True):
                parent.grad += local * v.grad  # the chain rule, summed over uses


# --8<-- [start:example]
torch.manual_seed(0)
init = [torch.randn(3, 2), torch.zeros(3), torch.randn(3), torch.zeros(())]
init = [t.double() for t in init]  # float64, like the engine's Python floats
params = [t.clone().requires_grad_() for t in init]  # hidden W, b; output w, b
W, b, w, c = [t.tolist() for t in init]  # the same numbers, for the engine
W = [[Value(v) for v in row] for row in W]
b, w, c = [Value(v) for v in b], [Value(v) for v in w], Value(c)
engine_params = [v for row in W for v in row] + b + w + [c]
xs = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]
ys = [0.0, 1.0, 1.0, 0.0]  # XOR: no straight line fits it
X, Y = torch.tensor(xs, dtype=torch.float64), torch.tensor(ys, dtype=torch.float64)


def net(x):  # the engine's network: 2 inputs, 3 tanh units, 1 output
    hidden = [
        (sum(wi * xi for wi, xi in zip(row, x, strict=True)) + bi).tanh()
        for row, bi in zip(W, b, strict=True)
    ]
    return sum(wi * hi for wi, hi in zip(w, hidden, strict=True)) + c


optimizer = torch.optim.SGD(params, lr=0.5)
for step in range(300):
    loss = sum((net(x) - y) ** 2 for x, y in zip(xs, ys, strict=True)) / len(xs)
    for p in engine_params:
        p.grad = 0.0  # the parameters outlive the graph: reset them by hand
    loss.backward()
    for p in engine_params:
        p.data -= 0.5 * p.grad

    optimizer.zero_grad()
    torch_loss = (
        (torch.tanh(X @ params[0].T + params[1]) @ params[2] + params[3] - Y) ** 2
    ).mean()
    torch_loss.backward()
    optimizer.step()
    assert math.isclose(loss.data, torch_loss.item())
    if step % 100 == 0 or step == 299:
        print(f"step {step:3d}: engine {loss.data:.6f}, torch {torch_loss.item():.6f}")

flat = torch.cat([p.detach().flatten() for p in params])
assert torch.allclose(
    torch.tensor([p.data for p in engine_params], dtype=torch.float64), flat
)
print("predictions:", [round(net(x).data, 3) for x in xs])
assert len(engine_params) == flat.numel() == 3 * 2 + 3 + 3 + 1  # W, b, w, c: 13
# --8<-- [end:example]
