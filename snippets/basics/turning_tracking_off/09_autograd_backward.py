import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
out = (x**2).sum()

torch.autograd.backward(out)  # the same as out.backward()
print("by hand, 2x:", 2 * x.detach())
print("x.grad:     ", x.grad)
assert torch.equal(x.grad, 2 * x.detach())
