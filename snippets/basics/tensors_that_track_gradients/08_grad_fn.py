import torch

a = torch.ones((2, 2), requires_grad=True)
b = torch.ones((2, 2), requires_grad=True)
c = a + b
d = c * b

print(a.grad_fn)  # a was created, not computed
print(c.grad_fn)
print(d.grad_fn)  # only the last operation: the multiplication
print(d.grad_fn.name())
print(a.sum().grad_fn.name(), a.sum(dim=0).grad_fn.name())
