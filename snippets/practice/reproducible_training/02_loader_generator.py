import torch
from torch.utils.data import DataLoader, TensorDataset

dataset = TensorDataset(torch.arange(8))


def batch_order(seed):
    generator = torch.Generator().manual_seed(seed)  # this loader's own RNG
    loader = DataLoader(dataset, batch_size=3, shuffle=True, generator=generator)
    return [batch.tolist() for (batch,) in loader]


print("run 1, seed 0:", batch_order(0))
print("run 2, seed 0:", batch_order(0))
print("seed 1:       ", batch_order(1))
assert batch_order(0) == batch_order(0)
