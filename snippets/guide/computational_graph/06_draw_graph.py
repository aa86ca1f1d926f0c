import sys

import torch


class SVG(str):
    """SVG markup that Jupyter draws and plain Python prints (sys.displayhook)."""

    __repr__ = str.__str__
    _repr_svg_ = str.__str__


x = torch.tensor(2.0, requires_grad=True)
w = torch.tensor(3.0, requires_grad=True)
y = torch.sin(x * w) + x**2
leaves = {"x": x, "w": w}

# Walk the graph breadth-first from the root. The order comes from
# next_functions, so the picture is identical on every run.
nodes, edges, todo = [y.grad_fn], [], [y.grad_fn]
while todo:
    node = todo.pop(0)
    for index, (child, _) in enumerate(node.next_functions):
        if child is not None:
            edges.append((node, index, child))
            if child not in nodes:
                nodes.append(child)
                todo.append(child)

# Run backward once and keep the gradient that flowed along each edge.
flowed = {}  # (node, edge index) -> gradient


def remember_gradients(node):
    def hook(grad_inputs, grad_outputs):
        for index, grad in enumerate(grad_inputs):
            flowed[node, index] = grad

    node.register_hook(hook)


for node in nodes:
    remember_gradients(node)
y.backward()

# A node's layer is its longest path from the root: every arrow points down.
layer = {node: 0 for node in nodes}
for _ in nodes:
    for parent, _, child in edges:
        layer[child] = max(layer[child], layer[parent] + 1)


def label(node):
    if hasattr(node, "variable"):
        name = next(k for k, v in leaves.items() if v is node.variable)
        return f"AccumulateGrad -> {name}.grad"
    return type(node).__name__


CHAR, PAD, GAP, ROW, BOX_H = 7.8, 12, 40, 80, 30
width = {node: len(label(node)) * CHAR + 2 * PAD for node in nodes}
center = {}
for depth in range(max(layer.values()) + 1):
    row = [node for node in nodes if layer[node] == depth]
    # Put each node under the mean of its parents, then push overlaps apart.
    wanted = {}
    for node in row:
        above = [center[p] for p, _, c in edges if c is node]
        wanted[node] = sum(above) / len(above) if above else 0.0
    row.sort(key=lambda node: wanted[node])
    for i, node in enumerate(row):
        center[node] = wanted[node]
        if i > 0:
            left = row[i - 1]
            gap = (width[left] + width[node]) / 2 + GAP
            center[node] = max(center[node], center[left] + gap)
    shift = sum(wanted[n] - center[n] for n in row) / len(row)
    for node in row:
        center[node] += shift

x0 = min(center[n] - width[n] / 2 for n in nodes) - 20
svg_w = max(center[n] + width[n] / 2 for n in nodes) + 20 - x0
svg_h = (max(layer.values()) + 1) * ROW - ROW + BOX_H + 40
cx = {node: center[node] - x0 for node in nodes}
top = {node: 20 + layer[node] * ROW for node in nodes}

out = [
    f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {svg_w:.0f} {svg_h:.0f}" '
    f'width="{svg_w:.0f}" height="{svg_h:.0f}" font-family="monospace" '
    'font-size="13" style="max-width: 100%; height: auto" role="img">',
    "<title>The backward graph of y = sin(x * w) + x ** 2</title>",
]
for parent, index, child in edges:
    x1, y1, x2, y2 = cx[parent], top[parent] + BOX_H, cx[child], top[child]
    length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    bx, by = x2 - 9 * ux, y2 - 9 * uy  # where the arrowhead starts
    corners = [(x2, y2), (bx - 4 * uy, by + 4 * ux), (bx + 4 * uy, by - 4 * ux)]
    points = " ".join(f"{px:.1f},{py:.1f}" for px, py in corners)
    lx, ly = (x1 + x2) / 2 + 9 * uy, (y1 + y2) / 2 - 9 * ux  # beside the middle
    out += [
        f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{bx:.1f}" y2="{by:.1f}" '
        'stroke="currentColor" stroke-width="1.5"/>',
        f'<polygon points="{points}" fill="currentColor"/>',
        f'<text x="{lx:.1f}" y="{ly:.1f}" font-size="12" dominant-baseline="central" '
        f'fill="currentColor">{flowed[parent, index].item():.3f}</text>',
    ]
for node in nodes:
    colour = "#3f51b5" if hasattr(node, "variable") else "#ff5722"
    out += [
        f'<rect x="{cx[node] - width[node] / 2:.1f}" y="{top[node]}" '
        f'width="{width[node]:.1f}" height="{BOX_H}" rx="6" fill="{colour}" '
        f'fill-opacity="0.18" stroke="{colour}" stroke-width="1.5"/>',
        f'<text x="{cx[node]:.1f}" y="{top[node] + BOX_H / 2:.1f}" '
        'text-anchor="middle" dominant-baseline="central" '
        f'fill="currentColor">{label(node)}</text>',
    ]
out.append("</svg>")
sys.displayhook(SVG("\n".join(out)))  # Jupyter: the picture; python: its SVG

# By hand: Sin passes on cos(6) ~ 0.960; Mul sends 0.960 w to x and 0.960 x
# to w; Pow sends 2x = 4 to x.
sin, power = (node for node, _ in y.grad_fn.next_functions)
mul = sin.next_functions[0][0]
c = torch.cos(x * w).detach()
assert torch.allclose(flowed[sin, 0], c)
assert torch.allclose(flowed[mul, 0], c * w) and torch.allclose(flowed[mul, 1], c * x)
assert torch.equal(flowed[power, 0], 2 * x.detach())
