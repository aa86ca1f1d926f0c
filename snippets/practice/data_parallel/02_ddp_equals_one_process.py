# snippet: timeout 90
import datetime
import tempfile

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch.nn.parallel import DistributedDataParallel

WORLD_SIZE = 2
torch.manual_seed(0)
x, y = torch.randn(8, 3), torch.randn(8, 1)


def train(model, xs, ys, steps=3):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(steps):
        optimizer.zero_grad()
        torch.nn.functional.mse_loss(model(xs), ys).backward()
        optimizer.step()


def worker(rank, store, results):
    timeout = datetime.timedelta(seconds=30)
    dist.init_process_group(
        "gloo", init_method=store, rank=rank, world_size=WORLD_SIZE, timeout=timeout
    )
    torch.manual_seed(rank)  # different on purpose: DDP copies rank 0's weights to all
    model = DistributedDataParallel(torch.nn.Linear(3, 1))
    shard = slice(4 * rank, 4 * rank + 4)
    train(model, x[shard], y[shard])  # backward() averages the gradients over ranks
    results.put((rank, model.module.weight.tolist()))
    # DDP's destructor uses the process group: free it first, or exit can hang.
    del model
    dist.destroy_process_group()


if __name__ == "__main__":
    results = mp.get_context("fork").SimpleQueue()
    with tempfile.TemporaryDirectory() as tmp:
        mp.start_processes(
            worker,
            args=(f"file://{tmp}/store", results),
            nprocs=WORLD_SIZE,
            start_method="fork",
        )
    by_rank = dict(results.get() for _ in range(WORLD_SIZE))
    for rank in sorted(by_rank):
        print(f"rank {rank} after 3 steps: {torch.tensor(by_rank[rank])}")

    torch.manual_seed(0)
    model = torch.nn.Linear(3, 1)
    train(model, x, y)
    print("one process, full batch:", model.weight.data)
    assert all(torch.allclose(torch.tensor(w), model.weight) for w in by_rank.values())
