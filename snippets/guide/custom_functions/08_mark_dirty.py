import torch


class Double_(torch.autograd.Function):  # the trailing _ marks it in-place
    @staticmethod
    def forward(x):
        return x.mul_(2)

    @staticmethod
    def setup_context(ctx, inputs, output):
        (x,) = inputs
        ctx.mark_dirty(x)  # x was modified: bump its version, move its history

    @staticmethod
    def backward(ctx, grad_output):
        return 2 * grad_output


a = torch.tensor([1.0, 3.0], requires_grad=True)
x = a * 1  # a non-leaf: in-place on a leaf that requires grad is refused
y = Double_.apply(x)
print("same tensor:", y is x, "| x:", x)
(y**2).sum().backward()  # L = (2a)^2, dL/da = 8a
print("a.grad:", a.grad, "| by hand:", 8 * a.detach())
assert torch.equal(a.grad, 8 * a.detach())
