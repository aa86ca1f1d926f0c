import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
out = (x**2).sum()

(grad_x,) = torch.autograd.grad(out, x)  # a tuple: one gradient per input
print("by hand, 2x:", 2 * x.detach())
print("returned:   ", grad_x)
print("x.grad:     ", x.grad)  # left untouched
assert torch.equal(grad_x, 2 * x.detach())
