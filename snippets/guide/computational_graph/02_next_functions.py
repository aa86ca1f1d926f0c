import torch

x = torch.tensor(2.0, requires_grad=True)
w = torch.tensor(3.0, requires_grad=True)
y = torch.sin(x * w) + x**2

print(y.grad_fn.next_functions)
for node, _ in y.grad_fn.next_functions:
    print(type(node).__name__, "passes gradients on to", node.next_functions)
