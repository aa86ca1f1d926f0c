import torch
import torch.nn.functional as F
from torch.func import grad, vmap


def loss(w, x, y):
    err = w @ x - y
    # Both branches are computed; where picks one per sample.
    return torch.where(err.abs() < 1, 0.5 * err**2, err.abs() - 0.5)


w = torch.tensor([1.0, -1.0])
xs = torch.tensor([[1.0, 0.0], [3.0, 1.0], [0.5, 0.5]])
ys = torch.tensor([0.5, -1.0, 2.0])

per_sample = vmap(grad(loss), in_dims=(None, 0, 0))(w, xs, ys)
print("per-sample gradients:\n", per_sample)

# Autograd, one sample at a time, through PyTorch's own Huber loss.
loop = []
for x, y in zip(xs, ys, strict=True):
    w_leaf = w.clone().requires_grad_()
    F.huber_loss(w_leaf @ x, y, delta=1.0).backward()
    loop.append(w_leaf.grad)
# By hand: d/dw is err * x where |err| < 1, sign(err) * x elsewhere.
err = xs @ w - ys
by_hand = torch.where(err.abs() < 1, err, err.sign())[:, None] * xs
print("errors:", err)
assert torch.equal(per_sample, torch.stack(loop))
assert torch.equal(per_sample, by_hand)
