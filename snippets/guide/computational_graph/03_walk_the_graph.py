import torch

x = torch.tensor(2.0, requires_grad=True)
w = torch.tensor(3.0, requires_grad=True)
y = torch.sin(x * w) + x**2
leaves = {"x": x, "w": w}


def show(node, depth=0):
    label = type(node).__name__
    if hasattr(node, "variable"):  # only AccumulateGrad nodes hold a leaf
        label += " -> " + next(k for k, v in leaves.items() if v is node.variable)
    print("    " * depth + label)
    for child, _ in node.next_functions:
        if child is not None:
            show(child, depth + 1)


show(y.grad_fn)
