import torch
from torch.func import grad, vmap


def loss(w, x, y):
    """Huber loss of one sample: quadratic near 0, linear further out."""
    err = w @ x - y
    if err.abs() < 1:
        return 0.5 * err**2
    return err.abs() - 0.5


w = torch.tensor([1.0, -1.0])
xs = torch.tensor([[1.0, 0.0], [3.0, 1.0], [0.5, 0.5]])
ys = torch.tensor([0.5, -1.0, 2.0])

print("one sample:", grad(loss)(w, xs[0], ys[0]))  # one sample: one answer
per_sample = vmap(grad(loss), in_dims=(None, 0, 0))  # one gradient per sample
try:
    per_sample(w, xs, ys)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
