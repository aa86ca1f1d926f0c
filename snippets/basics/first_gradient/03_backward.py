import torch

x = torch.ones(2, requires_grad=True)
y = 5 * (x + 1) ** 2
o = 0.5 * torch.sum(y)

o.backward()
print(x.grad)
# Only leaves, tensors you created, get a .grad: x does, y and o do not.
print("leaf?  x:", x.is_leaf, " y:", y.is_leaf, " o:", o.is_leaf)

# By hand: 5 (x_i + 1) = 10. A new o from x, backward again: x.grad doubles.
assert torch.equal(x.grad, 5 * (x.detach() + 1))
(0.5 * torch.sum(5 * (x + 1) ** 2)).backward()
assert torch.equal(x.grad, 2 * 5 * (x.detach() + 1))
