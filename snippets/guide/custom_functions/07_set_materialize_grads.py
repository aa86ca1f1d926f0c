import torch


class TwoOutputs(torch.autograd.Function):
    materialize = True

    @staticmethod
    def forward(x):
        return 2 * x, 3 * x

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.set_materialize_grads(TwoOutputs.materialize)

    @staticmethod
    def backward(ctx, grad_a, grad_b):
        print("  backward received grad_b =", grad_b)
        grad_x = 2 * grad_a
        if grad_b is not None:  # None only when materializing is off
            grad_x = grad_x + 3 * grad_b
        return grad_x


for materialize in (True, False):
    TwoOutputs.materialize = materialize
    print("materialize:", materialize)
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    a, b = TwoOutputs.apply(x)
    a.sum().backward()  # b is unused, so it gets no gradient
    assert torch.equal(x.grad, torch.tensor([2.0, 2.0]))
