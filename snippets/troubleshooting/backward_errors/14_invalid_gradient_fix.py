import torch


class MatMul(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, w):
        ctx.save_for_backward(x, w)
        return x @ w

    @staticmethod
    def backward(ctx, grad_out):
        x, w = ctx.saved_tensors
        return grad_out @ w.T, x.T @ grad_out  # shape (3, 4), like w


torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
w = torch.randn(3, 4, requires_grad=True)
MatMul.apply(x, w).sum().backward()
expected = torch.autograd.grad((x @ w).sum(), w)[0]  # built-in matmul
matches = torch.allclose(w.grad, expected)
print("w.grad shape:", w.grad.shape, "| matches x @ w:", matches)
assert matches
