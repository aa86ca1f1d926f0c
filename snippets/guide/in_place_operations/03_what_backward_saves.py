import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([3.0, 4.0], requires_grad=True)

for name, y in [("x.exp()", x.exp()), ("x.sin()", x.sin()), ("x * w", x * w)]:
    fn = y.grad_fn
    saved = [name for name in dir(fn) if name.startswith("_saved_")]
    print(f"{name:8} {type(fn).__name__:13} {saved}")

print("x + w    AddBackward0  only a number:", (x + w).grad_fn._saved_alpha)

# By hand: d/dx e^x = e^x, d/dx sin x = cos x, d(xw)/dx = w, d(xw)/dw = x,
# d(x + w)/dx = 1. autograd.grad gives the same, from what each node saved.
grad = torch.autograd.grad
assert torch.allclose(grad(x.exp().sum(), x)[0], torch.exp(x.detach()))
assert torch.allclose(grad(x.sin().sum(), x)[0], torch.cos(x.detach()))
dx, dw = grad((x * w).sum(), (x, w))
assert torch.equal(dx, w.detach()) and torch.equal(dw, x.detach())
assert torch.equal(grad((x + w).sum(), x)[0], torch.ones(2))
