import torch


class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, factor):
        ctx.factor = factor
        return x * factor

    @staticmethod
    def backward(ctx, grad_out):
        return grad_out * ctx.factor, None  # None: factor is a plain float


x = torch.ones(3, requires_grad=True)
Scale.apply(x, 2.0).sum().backward()
print("x.grad:", x.grad)
