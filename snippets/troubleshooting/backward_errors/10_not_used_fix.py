import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
loss = a**2

print(torch.autograd.grad(loss, [a, b], allow_unused=True, retain_graph=True))
print(torch.autograd.grad(loss, [a, b], materialize_grads=True))
