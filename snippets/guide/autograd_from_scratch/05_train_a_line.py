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
xs, ys = [0.0, 1.0, 2.0, 3.0], [1.0, 3.0, 5.0, 7.0]  # on the line y = 2x + 1


def mse(w, b):  # works for Values and for tensors
    return sum((w * x + b - y) ** 2 for x, y in zip(xs, ys, strict=True)) / len(xs)


w, b = Value(0.0), Value(0.0)
tw = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
tb = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
for _ in range(500):
    mse(w, b).backward()
    w.data -= 0.05 * w.grad
    b.data -= 0.05 * b.grad
    w.grad = b.grad = 0.0

    mse(tw, tb).backward()
    with torch.no_grad():
        tw -= 0.05 * tw.grad
        tb -= 0.05 * tb.grad
    tw.grad = tb.grad = None

print(f"engine: w {w.data:.6f}, b {b.data:.6f}")
print(f"torch:  w {tw.item():.6f}, b {tb.item():.6f}")
assert math.isclose(w.data, tw.item()) and math.isclose(b.data, tb.item())
# By hand: the points lie on y = 2x + 1, so the best fit is w = 2, b = 1.
assert abs(w.data - 2) < 1e-6 and abs(b.data - 1) < 1e-6  # torch's match, above
# --8<-- [end:example]
