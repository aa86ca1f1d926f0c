import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
y[0] = 0.0  # in place through a view of y: autograd rewrites y's history

print("y:", y)
y.sum().backward()
print("x.grad:", x.grad)
# y_0 is now a constant, so it no longer depends on x_0
assert torch.equal(x.grad, torch.tensor([0.0, 2.0, 2.0]))
