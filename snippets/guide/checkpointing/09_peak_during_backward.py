import gc
import weakref

import torch
from torch import nn
from torch.utils.checkpoint import checkpoint_sequential, set_checkpoint_early_stop

torch.manual_seed(0)
L, k = 16, 4  # blocks, segments
model = nn.Sequential(*[m for _ in range(L) for m in (nn.Linear(128, 128), nn.Tanh())])
x = torch.randn(32, 128)
alive, counts = set(), []  # activations not yet freed; len(alive) after each new one


def track(module, args, out):  # runs for every Tanh output, recomputed ones too
    key = object()
    alive.add(key)
    weakref.finalize(out.untyped_storage(), alive.discard, key)  # when it is freed
    counts.append(len(alive))


for tanh in model[1::2]:
    tanh.register_forward_hook(track)
track(None, None, x)  # the input is an activation too
with set_checkpoint_early_stop(False):  # recompute to the end of each segment
    loss = checkpoint_sequential(model, k, x, use_reentrant=False).sum()
forward = max(counts)
counts.clear()
gc.collect()  # the first checkpoint call leaves a cycle that holds one activation
loss.backward()
recompute = max(counts)
print(f"forward pass: peak {forward} alive, by hand k + L/k = {k + L // k}")
print(f"recomputing:  peak {recompute} alive, by hand k - 1 + L/k = {k - 1 + L // k}")
assert forward == k + L // k and recompute == k - 1 + L // k
