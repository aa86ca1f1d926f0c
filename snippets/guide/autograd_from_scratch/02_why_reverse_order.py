import math


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
a = Value(2.0)
b = Value(-3.0)
f = a * b + a**2
order = f.topological_order()
print("order:", [v.data for v in order])

f.grad = 1.0
for v in order:  # wrong: inputs first, before their own gradients are known
    for parent, local in zip(v.parents, v.local_grads, strict=True):
        parent.grad += local * v.grad
print("inputs first:  df/da =", a.grad, " df/db =", b.grad)
assert (a.grad, b.grad) == (0.0, 0.0)  # nothing reached a and b

for v in order:
    v.grad = 0.0
f.backward()
print("output first:  df/da =", a.grad, " df/db =", b.grad)
# By hand: a = 2, b = -3, ab = -6, a^2 = 4, f = ab + a^2 = -2, in that order;
# df/da = b + 2a = 1 and df/db = a = 2.
assert [v.data for v in order] == [2.0, -3.0, 2.0 * -3.0, 2.0**2, -6.0 + 4.0]
assert (a.grad, b.grad) == (-3.0 + 2 * 2.0, 2.0)
# --8<-- [end:example]
