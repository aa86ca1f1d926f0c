import torch
from torch.func import functional_call, grad, jvp

torch.manual_seed(0)
model = torch.nn.Sequential(
    torch.nn.Linear(2, 3), torch.nn.Tanh(), torch.nn.Linear(3, 1)
)
x = torch.tensor([1.0, -2.0])
params = {name: p.detach() for name, p in model.named_parameters()}
direction = {name: torch.ones_like(p) for name, p in params.items()}


def output(params):
    return functional_call(model, params, (x,)).squeeze()


_, rate = jvp(output, (params,), (direction,))  # forward mode, one pass
grads = grad(output)(params)  # reverse mode, then a dot product with v
by_dot = sum((grads[name] * direction[name]).sum() for name in params)
print(f"jvp: {rate:.4f}, gradient . v: {by_dot:.4f}")
assert torch.allclose(rate, by_dot)
