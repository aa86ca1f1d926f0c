import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = 3 * x  # saves only the number 3, not x or y
y.add_(1)  # in place on a non-leaf that nothing saved: allowed
y.relu_()  # relu saves its output, which nothing changes afterwards

y.sum().backward()
print("y:", y)
print("x.grad:", x.grad)
# d/dx relu(3x + 1) = 3 wherever 3x + 1 > 0
assert torch.equal(x.grad, torch.full((2,), 3.0))
