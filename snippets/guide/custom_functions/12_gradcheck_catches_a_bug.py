import torch
from torch.autograd import gradcheck
from torch.autograd.gradcheck import GradcheckError


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x**3

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 3 * x  # bug: should be 3 * x**2


x = torch.tensor([0.5, 1.0, 2.0], dtype=torch.float64, requires_grad=True)
try:
    gradcheck(Cube.apply, (x,))
except GradcheckError as error:
    print(f"GradcheckError: {error}")

# By hand: 3x = 3x^2 only at x = 1, so only the middle entry matches.
Cube.apply(x).sum().backward()  # the buggy 3x
assert (x.grad == 3 * x.detach() ** 2).tolist() == [False, True, False]
