import torch


def f(x):
    return torch.stack([x[0] * x[1], x[0] ** 2, x[0] + 3 * x[1]])


x = torch.tensor([2.0, 3.0], requires_grad=True)
v = torch.tensor([1.0, 10.0, 100.0])
f(x).backward(gradient=v)

jacobian = torch.tensor([[3.0, 2.0], [4.0, 0.0], [1.0, 3.0]])  # J at x = (2, 3)
print("by hand, v @ J:", v @ jacobian)
print("autograd:      ", x.grad)
assert torch.equal(x.grad, v @ jacobian)
