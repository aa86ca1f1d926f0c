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
a, b = Value(2.0), Value(-3.0)
f = a * b + a**2
f.backward()
f.backward()  # a second time, on the same graph
print("engine: df/da =", a.grad, " df/db =", b.grad)

ta = torch.tensor(2.0, requires_grad=True)
tb = torch.tensor(-3.0, requires_grad=True)
tf = ta * tb + ta**2
tf.backward(retain_graph=True)
tf.backward()
print("torch:  df/da =", ta.grad.item(), " df/db =", tb.grad.item())
assert (ta.grad.item(), tb.grad.item()) == (2 * 1.0, 2 * 2.0)  # twice one call
# By hand: in the second call, ab and a^2 start from gradient 1 + 1 = 2, so
# a gets 1 + 2b + 2 * 2a = 3 and b gets 2 + 2a = 6.
assert (a.grad, b.grad) == (1 + 2 * b.data + 2 * 2 * a.data, 2 + 2 * a.data)
# --8<-- [end:example]
