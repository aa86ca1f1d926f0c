import copy

import torch
from torch.func import functional_call, stack_module_state, vmap

torch.manual_seed(0)
models = [
    torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.Tanh(), torch.nn.Linear(3, 1))
    for _ in range(3)
]
params, buffers = stack_module_state(models)  # each entry gains a leading dim of 3
print("stacked 0.weight:", tuple(params["0.weight"].shape))

skeleton = copy.deepcopy(models[0]).to("meta")  # structure only, no data


def run_one(params, buffers, x):
    return functional_call(skeleton, (params, buffers), (x,))


x = torch.tensor([[1.0, -2.0], [0.5, 0.5]])
outputs = vmap(run_one, in_dims=(0, 0, None))(params, buffers, x)  # same x for all
looped = torch.stack([m(x) for m in models])
print("outputs, one column per model:", outputs.squeeze(-1).T.detach())
assert torch.allclose(outputs, looped)
