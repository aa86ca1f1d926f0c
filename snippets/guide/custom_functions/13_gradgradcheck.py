import torch
from torch.autograd import gradgradcheck


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x**3

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 3 * x**2  # torch ops: differentiable too


torch.manual_seed(0)  # gradgradcheck draws random output gradients
x = torch.tensor([0.5, 1.0, 2.0], dtype=torch.float64, requires_grad=True)
print("gradgradcheck:", gradgradcheck(Cube.apply, (x,)))

(first,) = torch.autograd.grad(Cube.apply(x).sum(), x, create_graph=True)
(second,) = torch.autograd.grad(first.sum(), x)
print("second derivative:", second, "| by hand 6x:", 6 * x.detach())
assert torch.allclose(second, 6 * x.detach())
