import torch

x = torch.ones(2, requires_grad=True)
y = 5 * (x + 1) ** 2
o = 0.5 * torch.sum(y)

o.backward()
print(x.grad)
# Only leaves, tensors you created, get a .grad: x does, y and o do not.
print("leaf?  x:", x.is_leaf, " y:", y.is_leaf, " o:", o.is_leaf)
