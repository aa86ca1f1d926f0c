import torch
from torch.utils.data import DataLoader, TensorDataset

dataset = TensorDataset(torch.arange(8))


def first_batch(extra_draw, own_generator):
    torch.manual_seed(0)
    if extra_draw:
        torch.nn.Linear(3, 3)  # one more layer's init draws from the global RNG
    generator = torch.Generator().manual_seed(0) if own_generator else None
    loader = DataLoader(dataset, batch_size=4, shuffle=True, generator=generator)
    return next(iter(loader))[0].tolist()


for own in (False, True):
    before, after = first_batch(False, own), first_batch(True, own)
    print(f"own generator {own!s:5}: {before} then, after a new layer, {after}")
assert first_batch(False, True) == first_batch(True, True)
assert first_batch(False, False) != first_batch(True, False)
