import torch


class Mul(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, w):
        ctx.save_for_backward(x, w)
        return x * w

    @staticmethod
    def backward(ctx, grad_output):
        print("needs_input_grad:", ctx.needs_input_grad)
        x, w = ctx.saved_tensors
        grad_x = grad_output * w if ctx.needs_input_grad[0] else None
        grad_w = grad_output * x if ctx.needs_input_grad[1] else None
        return grad_x, grad_w  # one per input of forward


x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([3.0, 4.0])  # a constant: no gradient wanted
Mul.apply(x, w).sum().backward()
print("x.grad:", x.grad)
assert torch.equal(x.grad, w)  # d/dx sum(x * w) = w

# By hand: dL/dw = dL/dy * x = x here; autograd's own x * w agrees once w wants it.
w2 = w.clone().requires_grad_()
(grad_w,) = torch.autograd.grad((x.detach() * w2).sum(), w2)
assert torch.equal(grad_w, x.detach())
