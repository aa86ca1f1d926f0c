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


def descend(lr, steps=25):
    p = torch.tensor([-4.0, 1.5], requires_grad=True)
    path = [p.detach().clone()]
    for _ in range(steps):
        (p[0] ** 2 + 10 * p[1] ** 2).backward()
        with torch.no_grad():
            p -= lr * p.grad
        p.grad.zero_()
        path.append(p.detach().clone())
    return torch.stack(path)


xs, ys = torch.meshgrid(
    torch.linspace(-4.5, 4.5, 200), torch.linspace(-2, 2, 100), indexing="xy"
)
fig, ax = plt.subplots(figsize=(7, 3.6))
levels = [0.5, 2, 5, 10, 20, 35, 50]
ax.contour(xs, ys, xs**2 + 10 * ys**2, levels=levels, colors="0.6", linewidths=0.8)
for lr, color in ((0.02, "tab:blue"), (0.09, "tab:orange")):
    path = descend(lr)
    ax.plot(path[:, 0], path[:, 1], "o-", color=color, ms=3, label=f"η = {lr}")
ax.plot(0, 0, "k*", ms=10, label="minimum")
ax.set(xlabel="x", ylabel="y", aspect="equal", title="f(x, y) = x² + 10y²")
ax.legend(loc="upper right")
svg = io.StringIO()
fig.savefig(svg, format="svg", metadata={"Date": None}, bbox_inches="tight")
plt.close(fig)
sys.displayhook(SVG(svg.getvalue()))  # Jupyter: the picture; python: its SVG
