import io
import sys

import matplotlib
import matplotlib.pyplot as plt
import torch

matplotlib.rcParams.update({"svg.hashsalt": "gradients", "svg.fonttype": "none"})


class SVG(str):
    """SVG markup that Jupyter draws and plain Python prints (sys.displayhook)."""

    __repr__ = str.__str__
    _repr_svg_ = str.__str__


x = torch.linspace(-3, 3, 121, dtype=torch.float64, requires_grad=True)
y = torch.tanh(x)
(first,) = torch.autograd.grad(y.sum(), x, create_graph=True)
(second,) = torch.autograd.grad(first.sum(), x)
assert torch.allclose(first, 1 - y**2)  # the closed forms agree everywhere
assert torch.allclose(second, -2 * y * (1 - y**2))

fig, ax = plt.subplots(figsize=(6.4, 3.6))
grid = x.detach().numpy()
ax.plot(grid, y.detach().numpy(), color="#ff5722", lw=2.5, label="f(x) = tanh(x)")
ax.plot(grid, first.detach().numpy(), color="#3f51b5", lw=2, label="f'(x), autograd")
ax.plot(grid, second.numpy(), color="#009688", lw=2, ls="--", label="f''(x), autograd")
ax.axhline(0, color="0.6", lw=0.8)
ax.axvline(0, color="0.6", lw=0.8)
ax.set_xlabel("x")
ax.spines[["top", "right"]].set_visible(False)
ax.legend(loc="lower right", frameon=False)
fig.tight_layout()
svg = io.StringIO()
fig.savefig(svg, format="svg", metadata={"Date": None})
plt.close(fig)
sys.displayhook(SVG(svg.getvalue()))  # Jupyter: the picture; python: its SVG
