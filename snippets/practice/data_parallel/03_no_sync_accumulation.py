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


def loss_fn(model, xs, ys):
    # Each micro-batch's loss counts for half: two of them make one batch's mean.
    return torch.nn.functional.mse_loss(model(xs), ys) / 2


def worker(rank, store, results):
    timeout = datetime.timedelta(seconds=30)
    dist.init_process_group(
        "gloo", init_method=store, rank=rank, world_size=WORLD_SIZE, timeout=timeout
    )
    torch.manual_seed(0)
    model = DistributedDataParallel(torch.nn.Linear(3, 1))
    first, second = slice(4 * rank, 4 * rank + 2), slice(4 * rank + 2, 4 * rank + 4)
    with model.no_sync():  # backward only accumulates locally: no communication
        loss_fn(model, x[first], y[first]).backward()
    local = model.module.weight.grad.tolist()
    loss_fn(model, x[second], y[second]).backward()  # this one averages over ranks
    results.put((rank, local, model.module.weight.grad.tolist()))
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
    by_rank = {
        rank: (local, synced)
        for rank, local, synced in (results.get() for _ in range(WORLD_SIZE))
    }
    for rank, (local, synced) in sorted(by_rank.items()):
        print(f"rank {rank}: inside no_sync {torch.tensor(local)}")
        print(f"        after sync     {torch.tensor(synced)}")

    torch.manual_seed(0)
    model = torch.nn.Linear(3, 1)
    torch.nn.functional.mse_loss(model(x), y).backward()
    print("one process, full batch:", model.weight.grad)
    assert all(
        torch.allclose(torch.tensor(synced), model.weight.grad)
        for _, synced in by_rank.values()
    )
