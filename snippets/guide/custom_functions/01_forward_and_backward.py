import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)  # backward needs x for 3x^2
        return x**3

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 3 * x**2  # chain rule: dL/dy * dy/dx


x = torch.tensor([1.0, 2.0], requires_grad=True)
y = Cube.apply(x)  # call apply, never forward
y.sum().backward()
print("y:", y)
print("x.grad:", x.grad, "| by hand:", 3 * x.detach() ** 2)
assert torch.equal(x.grad, 3 * x.detach() ** 2)

# The hand formula agrees with autograd's own x**3 on a fresh tensor.
x2 = x.detach().clone().requires_grad_()
(x2**3).sum().backward()
assert torch.equal(x2.grad, 3 * x.detach() ** 2)
