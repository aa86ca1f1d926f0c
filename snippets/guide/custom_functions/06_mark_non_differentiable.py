import torch


class ReluWithMask(torch.autograd.Function):
    @staticmethod
    def forward(x):
        mask = (x > 0).to(x.dtype)  # a float output that has no gradient
        return x * mask, mask

    @staticmethod
    def setup_context(ctx, inputs, output):
        _, mask = output
        ctx.mark_non_differentiable(mask)
        ctx.save_for_backward(mask)

    @staticmethod
    def backward(ctx, grad_y, grad_mask):  # grad_mask is always zero
        (mask,) = ctx.saved_tensors
        return grad_y * mask


x = torch.tensor([-1.0, 2.0, 3.0], requires_grad=True)
y, mask = ReluWithMask.apply(x)
print("y requires grad:   ", y.requires_grad)
print("mask requires grad:", mask.requires_grad)
y.sum().backward()
print("x.grad:", x.grad)
assert torch.equal(x.grad, torch.tensor([0.0, 1.0, 1.0]))
