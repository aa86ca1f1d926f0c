import collections
import os

import torch
from torch.profiler import ProfilerActivity, profile

os.environ.setdefault("KINETO_LOG_LEVEL", "6")  # silence timestamped log lines
torch.manual_seed(0)
model = torch.nn.Sequential(
    torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 1)
)
loss = torch.nn.functional.mse_loss(model(torch.randn(8, 3)), torch.randn(8, 1))

with profile(activities=[ProfilerActivity.CPU]) as prof:
    loss.backward()
ran = collections.Counter(
    e.name.rsplit(":", 1)[-1].strip()  # the node's name, without namespaces
    for e in prof.events()
    if e.name.startswith("autograd::engine::evaluate_function")
)
for name, count in sorted(ran.items()):
    print(f"{count} x {name}")

# By hand: two Linear layers, one Addmm and one T each, an AccumulateGrad for
# each of their 2 weights and 2 biases, one node for the ReLU, one for the loss.
assert ran == {
    "AddmmBackward0": 2,
    "TBackward0": 2,
    "AccumulateGrad": 4,
    "ReluBackward0": 1,
    "MseLossBackward0": 1,
}
