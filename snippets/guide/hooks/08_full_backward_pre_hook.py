import torch
from torch import nn

layer = nn.Linear(2, 1, bias=False)
with torch.no_grad():
    layer.weight.copy_(torch.tensor([[1.0, -1.0]]))


def scale_incoming(module, grad_output):
    print("grad_output:", grad_output)
    return (grad_output[0] * 0.5,)  # replaces grad_output for this module


layer.register_full_backward_pre_hook(scale_incoming)
x = torch.tensor([[2.0, 3.0]], requires_grad=True)
layer(x).sum().backward()
print("x.grad:", x.grad, "| weight.grad:", layer.weight.grad)
assert torch.equal(x.grad, 0.5 * layer.weight.detach())
assert torch.equal(layer.weight.grad, 0.5 * x.detach())
