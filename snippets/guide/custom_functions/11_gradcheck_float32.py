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
        return grad_output * 3 * x**2


x = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)  # float32
try:
    gradcheck(Cube.apply, (x,))
except GradcheckError as error:
    print(f"GradcheckError: {error}")
    message = str(error)

# By hand: the central difference at x = 1 in float32 (2.9504, as in
# 10_finite_differences_by_hand.py) is the middle entry of the numerical Jacobian.
one, eps = torch.tensor(1.0), 1e-6  # float32, and gradcheck's default step
central = ((one + eps) ** 3 - (one - eps) ** 3) / (2 * eps)
numerical = message.split("analytical")[0]
assert f"{central.item():.4f}" in numerical
