import torch
from torch import nn

layer = nn.Linear(2, 1, bias=False)
with torch.no_grad():
    layer.weight.copy_(torch.tensor([[1.0, -1.0]]))


def show(module, grad_input, grad_output):
    print("grad_output:", grad_output)
    print("grad_input: ", grad_input)


layer.register_full_backward_hook(show)
seen = []  # a second hook keeps what the first one prints
layer.register_full_backward_hook(lambda module, gi, go: seen.append((gi, go)))
x = torch.tensor([[2.0, 3.0]], requires_grad=True)
(5 * layer(x)).sum().backward()
assert torch.equal(x.grad, 5 * layer.weight.detach())  # dL/dx = dL/dy * W

# By hand: dL/dy = 5 comes in, and dL/dx = 5 W = 5 (1, -1) goes out.
(grad_input,), (grad_output,) = seen[0]
assert torch.equal(grad_output, torch.tensor([[5.0]]))
assert torch.equal(grad_input, 5 * torch.tensor([[1.0, -1.0]]))
