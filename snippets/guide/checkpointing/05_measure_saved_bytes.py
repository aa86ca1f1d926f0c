import torch
from torch import nn
from torch.utils.checkpoint import checkpoint_sequential

torch.manual_seed(0)
L, k = 16, 4  # blocks, segments
model = nn.Sequential(*[m for _ in range(L) for m in (nn.Linear(128, 128), nn.Tanh())])
x = torch.randn(32, 128)
params = {p.data_ptr() for p in model.parameters()}


def saved_bytes(forward):
    kept = {}  # one entry per tensor, parameters left out

    def pack(t):
        if t.data_ptr() not in params:
            kept[t.data_ptr()] = t.numel() * t.element_size()
        return t.detach()

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        forward()
    return sum(kept.values())


plain = saved_bytes(lambda: model(x))
ckpt = saved_bytes(lambda: checkpoint_sequential(model, k, x, use_reentrant=False))
one = x.numel() * x.element_size()  # bytes of one activation
assert one == 32 * 128 * 4 == 16384 == 16 * 1024  # 32 x 128 float32 numbers: 16 KiB
print(f"plain:        {plain // 1024} KiB, by hand {(L + 1) * one // 1024} KiB")
print(f"checkpointed: {ckpt // 1024} KiB, by hand {(k + L // k) * one // 1024} KiB")
assert plain == (L + 1) * one and ckpt == (k + L // k) * one
