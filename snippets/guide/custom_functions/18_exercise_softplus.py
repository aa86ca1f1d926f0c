import torch
from torch.autograd import gradcheck, gradgradcheck


class Softplus(torch.autograd.Function):
    @staticmethod
    def forward(x):
        return torch.log1p(torch.exp(x))

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(inputs[0])

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * torch.sigmoid(x)  # 1 / (1 + e^-x)


torch.manual_seed(0)  # gradgradcheck draws random output gradients
x = torch.tensor([-1.0, 0.0, 2.0], dtype=torch.float64, requires_grad=True)
print("gradcheck:", gradcheck(Softplus.apply, (x,)))
print("gradgradcheck:", gradgradcheck(Softplus.apply, (x,)))
Softplus.apply(x).sum().backward()
print("x.grad:", x.grad)
assert x.grad[1].item() == 0.5  # 1 / (1 + e^0)
