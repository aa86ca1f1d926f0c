import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(x):  # no ctx: forward only computes
        return x**3

    @staticmethod
    def setup_context(ctx, inputs, output):  # fills ctx from inputs and output
        (x,) = inputs
        ctx.save_for_backward(x)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 3 * x**2


x = torch.tensor([1.0, 2.0], requires_grad=True)
Cube.apply(x).sum().backward()
print("x.grad:", x.grad)
assert torch.equal(x.grad, 3 * x.detach() ** 2)
