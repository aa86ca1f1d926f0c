import torch
from torch.utils.checkpoint import checkpoint

w = torch.ones(6, requires_grad=True)
dropout = torch.nn.Dropout(p=0.5)


def block(h):
    return dropout(h * w)


for preserve in (True, False):
    torch.manual_seed(0)
    out = checkpoint(
        block, torch.ones(6), use_reentrant=False, preserve_rng_state=preserve
    )
    kept = (out.detach() != 0).int()  # the mask the forward pass drew
    out.sum().backward()  # the recomputation draws its mask again
    used = (w.grad != 0).int()  # the mask the gradient went through
    print(f"preserve={preserve}: forward {kept.tolist()}, backward {used.tolist()}")
    assert torch.equal(kept, used) == preserve
    w.grad = None
