import torch

x = torch.tensor([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]], requires_grad=True)
out = (2 * (3 * x + 2) ** 2).mean()

ys = [3 * v + 2 for v in [1, 2, 3, 3, 2, 1]]  # y_i = 3x_i + 2
zs = [2 * y**2 for y in ys]  # z_i = 2y_i^2
print("by hand: ", zs, "sum:", sum(zs), "mean:", sum(zs) / 6)
print("autograd:", out)
assert out.item() == sum(zs) / 6
