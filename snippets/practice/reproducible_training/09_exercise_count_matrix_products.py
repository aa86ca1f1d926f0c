import os

import torch
from torch.profiler import ProfilerActivity, profile

os.environ.setdefault("KINETO_LOG_LEVEL", "6")
torch.manual_seed(0)
model = torch.nn.Sequential(
    torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 1)
)


def matrix_products_in_backward(inputs):
    loss = model(inputs).pow(2).mean()
    with profile(activities=[ProfilerActivity.CPU]) as prof:
        loss.backward()
    return sum(e.name == "aten::mm" for e in prof.events())


plain = matrix_products_in_backward(torch.randn(8, 3))
tracked = matrix_products_in_backward(torch.randn(8, 3, requires_grad=True))
print(f"aten::mm in backward: {plain}, by hand 1 + 2 = 3")
print(f"with inputs that require grad: {tracked}, by hand 2 + 2 = 4")
assert (plain, tracked) == (3, 4)
