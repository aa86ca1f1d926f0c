import torch


class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, factor):  # factor is a plain Python float
        ctx.factor = factor  # non-tensors may be stored on ctx directly
        return x * factor

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output * ctx.factor  # forgot the None for factor


x = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    Scale.apply(x, 3.0).sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
