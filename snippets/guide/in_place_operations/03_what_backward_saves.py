import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([3.0, 4.0], requires_grad=True)

for name, y in [("x.exp()", x.exp()), ("x.sin()", x.sin()), ("x * w", x * w)]:
    fn = y.grad_fn
    saved = [name for name in dir(fn) if name.startswith("_saved_")]
    print(f"{name:8} {type(fn).__name__:13} {saved}")

print("x + w    AddBackward0  only a number:", (x + w).grad_fn._saved_alpha)
