import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class WhoLoadedMe(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        # Runs in a worker process: which worker is it, and what seeded its torch?
        return index, get_worker_info().id, torch.initial_seed()


generator = torch.Generator().manual_seed(0)
# A copy in the same state, to draw each base seed by hand as the loader does.
copy = torch.Generator().set_state(generator.get_state())
loader = DataLoader(WhoLoadedMe(), batch_size=None, num_workers=2, generator=generator)

for epoch in range(2):
    # Each new iterator (one per epoch) draws one int64 from the generator.
    base = torch.empty((), dtype=torch.int64).random_(generator=copy).item()
    print(f"epoch {epoch}: base seed {base}")
    for index, worker, seed in loader:  # the workers stop when the epoch ends
        hand = base + worker  # the rule: worker i is seeded with base seed + i
        print(f"  item {index}: worker {worker} saw seed {seed}, by hand {hand}")
        assert seed == hand
