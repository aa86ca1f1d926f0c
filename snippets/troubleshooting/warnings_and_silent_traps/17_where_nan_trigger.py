import torch

x = torch.tensor([0.0, 1.0, 4.0], requires_grad=True)
y = torch.where(x > 0, torch.log(x), 0.0)  # "safe" log: 0 where x is 0

y.sum().backward()
print("y:     ", y)
print("x.grad:", x.grad)
# At x = 0, where sends log a 0, and log's slope there is 1/0 = inf: 0 * inf = NaN
assert x.grad[0].isnan()
# Elsewhere the gradient is log's slope 1/x
assert torch.equal(x.grad[1:], 1 / x.detach()[1:])
