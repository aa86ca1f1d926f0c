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
expressions = {
    "a*b + a**2": lambda a, b: a * b + a**2,
    "tanh(a*b + 1)": lambda a, b: (a * b + 1).tanh(),
    "exp(a) / (a - b)": lambda a, b: a.exp() / (a - b),
    "(a + b)**3 - a*b*b": lambda a, b: (a + b) ** 3 - a * b * b,
}
for name, f in expressions.items():
    a, b = Value(0.5), Value(-2.5)
    f(a, b).backward()
    ta = torch.tensor(0.5, dtype=torch.float64, requires_grad=True)
    tb = torch.tensor(-2.5, dtype=torch.float64, requires_grad=True)
    f(ta, tb).backward()
    print(f"{name:<20} engine {a.grad:9.6f} {b.grad:9.6f}")
    print(f"{'':<20} torch  {ta.grad.item():9.6f} {tb.grad.item():9.6f}")
    assert math.isclose(a.grad, ta.grad.item())
    assert math.isclose(b.grad, tb.grad.item())

# By hand, for the first expression: df/da = b + 2a = -1.5 and df/db = a = 0.5.
a, b = Value(0.5), Value(-2.5)
expressions["a*b + a**2"](a, b).backward()
assert (a.grad, b.grad) == (-2.5 + 2 * 0.5, 0.5)
# --8<-- [end:example]
