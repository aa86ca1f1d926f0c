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
