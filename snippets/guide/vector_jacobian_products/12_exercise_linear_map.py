import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
x = torch.tensor([1.0, -1.0], requires_grad=True)
v = torch.tensor([1.0, 0.0, -1.0])

(A @ x).sum().backward()  # the same as gradient=torch.ones(3)
print("sum:  by hand", A.T @ torch.ones(3), " autograd", x.grad)
assert torch.equal(x.grad, A.T @ torch.ones(3))

x.grad = None
(A @ x).backward(gradient=v)
print("v:    by hand", A.T @ v, " autograd", x.grad)
assert torch.equal(x.grad, A.T @ v)
