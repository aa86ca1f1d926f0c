import torch

x = torch.tensor([2.0, 3.0], requires_grad=True)
y = torch.stack([x[0] * x[1], x[0] ** 2, x[0] + 3 * x[1]])
v = torch.tensor([1.0, 10.0, 100.0])

(vjp,) = torch.autograd.grad(y, x, grad_outputs=v)
print("returned:", vjp)
print("x.grad:  ", x.grad)

jacobian = torch.tensor([[3.0, 2.0], [4.0, 0.0], [1.0, 3.0]])
print("by hand: ", v @ jacobian)
assert torch.equal(vjp, v @ jacobian)
