import torch
from torch.func import functional_call, grad, vmap

torch.manual_seed(0)
model = torch.nn.Sequential(
    torch.nn.Linear(2, 3), torch.nn.Tanh(), torch.nn.Linear(3, 1)
)
inputs, targets = torch.randn(4, 2), torch.randn(4, 1)


def sample_loss(params, x, t):  # x: one sample, shape (2,)
    return ((functional_call(model, params, (x,)) - t) ** 2).sum()


params = {name: p.detach() for name, p in model.named_parameters()}
per_sample = vmap(grad(sample_loss), in_dims=(None, 0, 0))(params, inputs, targets)

for i in range(len(inputs)):  # the slow way: one backward per sample
    model.zero_grad()
    sample_loss(dict(model.named_parameters()), inputs[i], targets[i]).backward()
    for name, p in model.named_parameters():
        assert torch.allclose(per_sample[name][i], p.grad)
print({name: tuple(g.shape) for name, g in per_sample.items()})
residual = (model(inputs) - targets).detach()
print("d loss_i / d 2.bias:", per_sample["2.bias"].squeeze(1))
print("by hand, 2 r_i:     ", 2 * residual.squeeze(1))
assert torch.allclose(per_sample["2.bias"], 2 * residual)

# Each gradient has its parameter's shape, after a leading dimension of 4 samples.
for name, p in model.named_parameters():
    assert per_sample[name].shape == (4, *p.shape)
