import datetime
import tempfile

import torch
import torch.distributed as dist
import torch.multiprocessing as mp

WORLD_SIZE = 2
torch.manual_seed(0)
x, y = torch.randn(4, 3), torch.randn(4, 1)


def gradient(model, xs, ys):
    model.zero_grad()
    torch.nn.functional.mse_loss(model(xs), ys).backward()
    return model.weight.grad


def worker(rank, store, results):
    # A stuck peer makes this rank fail after 30 s instead of hanging forever.
    timeout = datetime.timedelta(seconds=30)
    dist.init_process_group(
        "gloo", init_method=store, rank=rank, world_size=WORLD_SIZE, timeout=timeout
    )
    torch.manual_seed(0)
    model = torch.nn.Linear(3, 1)
    shard = slice(2 * rank, 2 * rank + 2)  # this rank's half of the batch
    grad = gradient(model, x[shard], y[shard])
    local = grad.clone()
    dist.all_reduce(grad)  # sum over ranks, in place, same result on every rank
    grad /= WORLD_SIZE
    # Lists, not tensors: a tensor in a queue lives in this process's memory.
    results.put((rank, local.tolist(), grad.tolist()))
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
        rank: (torch.tensor(local), torch.tensor(avg))
        for rank, local, avg in (results.get() for _ in range(WORLD_SIZE))
    }
    for rank, (local, averaged) in sorted(by_rank.items()):
        print(f"rank {rank}: local {local}, averaged {averaged}")

    torch.manual_seed(0)
    full_batch = gradient(torch.nn.Linear(3, 1), x, y)
    print("one process, full batch:", full_batch)
    assert all(torch.allclose(averaged, full_batch) for _, averaged in by_rank.values())

    # Without the timeout argument, a waiting rank would fail after 30 minutes.
    assert dist.constants.default_pg_timeout == datetime.timedelta(minutes=30)
