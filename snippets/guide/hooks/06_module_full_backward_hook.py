import torch
from torch import nn

layer = nn.Linear(2, 1, bias=False)
with torch.no_grad():
    layer.weight.copy_(torch.tensor([[1.0, -1.0]]))


def show(module, grad_input, grad_output):
    print("grad_output:", grad_output)
    print("grad_input: ", grad_input)


layer.register_full_backward_hook(show)
x = torch.tensor([[2.0, 3.0]], requires_grad=True)
(5 * layer(x)).sum().backward()
assert torch.equal(x.grad, 5 * layer.weight.detach())  # dL/dx = dL/dy * W
