import collections
import os

import torch
from torch.profiler import ProfilerActivity, profile

os.environ.setdefault("KINETO_LOG_LEVEL", "6")
torch.manual_seed(0)
model = torch.nn.Sequential(
    torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 1)
)
loss = torch.nn.functional.mse_loss(model(torch.randn(8, 3)), torch.randn(8, 1))

in_graph, stack, seen = collections.Counter(), [loss.grad_fn], set()
while stack:  # walk the recorded graph by hand, each node once
    node = stack.pop()
    if node is not None and node not in seen:
        seen.add(node)
        in_graph[type(node).__name__] += 1
        stack.extend(next_node for next_node, _ in node.next_functions)

with profile(activities=[ProfilerActivity.CPU]) as prof:
    loss.backward()
ran = collections.Counter(
    e.name.rsplit(":", 1)[-1].strip()  # the node's name, without namespaces
    for e in prof.events()
    if e.name.startswith("autograd::engine::evaluate_function")
)
print("in the graph:", sorted(in_graph.items()))
print("ran:         ", sorted(ran.items()))
assert in_graph == ran
