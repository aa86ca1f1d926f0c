import torch
from torch.autograd.function import once_differentiable


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x**3

    @staticmethod
    @once_differentiable  # backward runs without recording a graph
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 3 * x**2


x = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (Cube.apply(x) ** 2).sum()  # x^6
(first,) = torch.autograd.grad(loss, x, create_graph=True)
print("first derivative:", first)
assert torch.equal(first.detach(), 6 * x.detach() ** 5)  # d/dx x^6 = 6x^5
try:
    first.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
