import torch
from torch.func import functional_call, grad, vmap

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
params = {"weight": torch.tensor([[1.0, -1.0, 2.0]]), "bias": torch.tensor([0.5])}
inputs = torch.tensor([[1.0, 0, 0], [0, 1, 0], [1, 1, 1], [2, 0, 1]])
targets = torch.tensor([1.0, -1.0, 3.0, 3.0])


def loss(params, x, target):  # the loss of ONE sample
    prediction = functional_call(model, params, (x,))
    return ((prediction - target) ** 2).squeeze()


per_sample = vmap(grad(loss), in_dims=(None, 0, 0))(params, inputs, targets)
print("weight:", per_sample["weight"].squeeze(1))
print("bias:  ", per_sample["bias"].squeeze(1))

residual = inputs @ params["weight"][0] + params["bias"] - targets
print("by hand, 2 r x:", (2 * residual[:, None] * inputs))
print("by hand, 2 r:  ", 2 * residual)
assert torch.equal(per_sample["weight"].squeeze(1), 2 * residual[:, None] * inputs)
assert torch.equal(per_sample["bias"].squeeze(1), 2 * residual)
assert torch.equal(residual, torch.tensor([0.5, 0.5, -0.5, 1.5]))  # as worked out above
