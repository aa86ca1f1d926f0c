import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.exp()  # exp saves its output y for backward

y.data.zero_()  # same memory as y, but the version counter does not move
print("y:", y, "| version:", y._version)

y.sum().backward()  # no error: backward uses the zeroed y
true_grad = torch.tensor([1.0, 2.0]).exp()  # d/dx exp(x) = exp(x)
print("x.grad:   ", x.grad)
print("true grad:", true_grad)
assert not torch.allclose(x.grad, true_grad)
assert torch.equal(x.grad, torch.zeros(2))  # 1 times the zeroed y, not e^x

# By hand: d/dx e^x = e^x. A fresh graph, with y left alone, gives it.
x2 = torch.tensor([1.0, 2.0], requires_grad=True)
x2.exp().sum().backward()
assert torch.allclose(x2.grad, true_grad)
