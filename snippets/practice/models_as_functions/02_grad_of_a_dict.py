import torch
from torch.func import functional_call, grad

torch.manual_seed(0)
model = torch.nn.Sequential(
    torch.nn.Linear(2, 3), torch.nn.Tanh(), torch.nn.Linear(3, 1)
)
inputs, targets = torch.randn(4, 2), torch.randn(4, 1)


def loss(params, x, t):
    return ((functional_call(model, params, (x,)) - t) ** 2).mean()


params = {name: p.detach() for name, p in model.named_parameters()}
grads = grad(loss)(params, inputs, targets)  # a dict with the same keys
print({name: tuple(g.shape) for name, g in grads.items()})

loss(dict(model.named_parameters()), inputs, targets).backward()
for name, p in model.named_parameters():
    assert torch.allclose(grads[name], p.grad)
residual = (model(inputs) - targets).detach()
print("d loss / d 2.bias:     ", grads["2.bias"])
print("by hand, mean of 2 r_i:", 2 * residual.mean())
assert torch.allclose(grads["2.bias"], 2 * residual.mean())
