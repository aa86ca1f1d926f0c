import torch

x = torch.tensor([2.0, 3.0], requires_grad=True)
bias = torch.tensor(0.5, requires_grad=True)  # never used below
loss = (x[0] * x[1]) ** 2

grads = torch.autograd.grad(loss, [x, bias], allow_unused=True, retain_graph=True)
print("allow_unused=True:     ", grads)
grads = torch.autograd.grad(loss, [x, bias], materialize_grads=True)
print("materialize_grads=True:", grads)

x1, x2 = 2.0, 3.0
by_hand = torch.tensor([2 * x1 * x2 * x2, 2 * x1 * x2 * x1])  # d(x1 x2)^2 / dx
print("by hand for x:         ", by_hand)
assert torch.equal(grads[0], by_hand)
