import copy

import torch
from torch.func import functional_call, stack_module_state, vmap

torch.manual_seed(0)
models = [torch.nn.Linear(2, 1) for _ in range(3)]
params, buffers = stack_module_state(models)  # new leaves that require grad
skeleton = copy.deepcopy(models[0]).to("meta")
inputs, targets = torch.randn(3, 4, 2), torch.randn(3, 4, 1)  # a batch per model


def model_loss(params, buffers, x, t):
    return ((functional_call(skeleton, (params, buffers), (x,)) - t) ** 2).mean()


losses = vmap(model_loss)(params, buffers, inputs, targets)  # in_dims=0 for all
losses.sum().backward()  # each model's loss reaches only its own slice
print("losses:", losses.detach())

for i, model in enumerate(models):
    ((model(inputs[i]) - targets[i]) ** 2).mean().backward()
    assert torch.allclose(params["weight"].grad[i], model.weight.grad)
print("stacked weight.grad:", params["weight"].grad.squeeze(1))
