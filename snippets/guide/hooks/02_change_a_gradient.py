import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x**2
y.register_hook(lambda grad: grad * 10)  # the returned tensor replaces grad
loss = (3 * y).sum()

loss.backward()
print("x.grad:", x.grad)
# the chain rule continues with 30 instead of 3
assert torch.equal(x.grad, 10 * 3 * 2 * x.detach())
