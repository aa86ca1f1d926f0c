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

    # --8<-- [start:relu]
    def relu(self):
        return Value(max(self.data, 0.0), (self,), (1.0 if self.data > 0 else 0.0,))
        # --8<-- [end:relu]

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
checks = [  # expression, and its gradient by hand at a = 2, b = -0.5
    ("relu(a*b) + relu(a + b)", lambda a, b: (a * b).relu() + (a + b).relu(), (1, 1)),
    ("relu(a) * relu(-b)", lambda a, b: a.relu() * (-b).relu(), (0.5, -2)),
]
for name, f, by_hand in checks:
    a, b = Value(2.0), Value(-0.5)
    f(a, b).backward()
    ta = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
    tb = torch.tensor(-0.5, dtype=torch.float64, requires_grad=True)
    f(ta, tb).backward()
    print(f"{name:<24} engine  {a.grad:5.2f} {b.grad:5.2f}")
    print(f"{'':<24} torch   {ta.grad.item():5.2f} {tb.grad.item():5.2f}")
    print(f"{'':<24} by hand {by_hand[0]:5.2f} {by_hand[1]:5.2f}")
    assert (a.grad, b.grad) == (ta.grad.item(), tb.grad.item()) == by_hand

# By hand: ab = -1 < 0 passes nothing back; a + b = 1.5 > 0 passes 1 to both.
a, b = Value(2.0), Value(-0.5)
assert ((a * b).data, (a + b).data) == (-1.0, 1.5)
# --8<-- [end:example]
