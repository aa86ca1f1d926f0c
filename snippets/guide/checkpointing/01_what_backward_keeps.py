import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.Tanh(), nn.Linear(4, 4), nn.Tanh())
x = torch.randn(3, 4)
params = {p.data_ptr(): name for name, p in model.named_parameters()}
activations = {}


def show(t):
    ptr = t.data_ptr()
    if ptr in params:
        print(f"parameter {params[ptr]:<10} shape {tuple(t.shape)}")
    else:
        number = activations.setdefault(ptr, len(activations) + 1)
        print(f"activation {number:<9} shape {tuple(t.shape)}")
    return t.detach()


with torch.autograd.graph.saved_tensors_hooks(show, lambda t: t):
    loss = model(x).sum()

# By hand: d/dz tanh z = 1 - tanh^2 z, so tanh's output is all its backward needs.
z = x.clone().requires_grad_()
(dz,) = torch.autograd.grad(torch.tanh(z).sum(), z)
assert torch.allclose(dz, 1 - torch.tanh(x) ** 2)
