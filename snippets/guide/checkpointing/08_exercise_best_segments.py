import torch
from torch import nn
from torch.utils.checkpoint import checkpoint_sequential

torch.manual_seed(0)
L = 16
model = nn.Sequential(*[m for _ in range(L) for m in (nn.Linear(128, 128), nn.Tanh())])
x = torch.randn(32, 128)
params = {p.data_ptr() for p in model.parameters()}
kept = {}  # bytes of each saved tensor that is not a parameter


def pack(t):
    if t.data_ptr() not in params:
        kept[t.data_ptr()] = t.numel() * t.element_size()
    return t.detach()


counts = {}  # activations kept, for each k
for k in (1, 2, 4, 8, 16):
    kept.clear()
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        checkpoint_sequential(model, k, x, use_reentrant=False)
    print(f"k = {k:2}: {len(kept):2} activations kept, by hand k + L/k = {k + L // k}")
    counts[k] = len(kept)
    assert sum(kept.values()) == (k + L // k) * x.numel() * x.element_size()

# By hand: k + L/k is smallest at k = sqrt(L) = 4, where it is 2 sqrt(L) = 8.
best = min(counts, key=counts.get)
assert best == round(L**0.5) and counts[best] == 2 * round(L**0.5)
