import datetime
import tempfile

import torch
import torch.distributed as dist
import torch.multiprocessing as mp

WORLD_SIZE = 2
torch.manual_seed(0)
x, y = torch.randn(4, 3), torch.randn(4, 1)
SHARDS = [slice(0, 3), slice(3, 4)]  # rank 0 gets 3 samples, rank 1 gets 1


def gradient(model, xs, ys):
    torch.nn.functional.mse_loss(model(xs), ys).backward()
    return model.weight.grad


def worker(rank, store, results):
    timeout = datetime.timedelta(seconds=30)
    dist.init_process_group(
        "gloo", init_method=store, rank=rank, world_size=WORLD_SIZE, timeout=timeout
    )
    torch.manual_seed(0)
    xs, ys = x[SHARDS[rank]], y[SHARDS[rank]]
    grad = gradient(torch.nn.Linear(3, 1), xs, ys)
    plain = grad.clone()
    dist.all_reduce(plain)
    plain /= WORLD_SIZE
    # Weight each rank's mean by its sample count, then divide by the total count.
    weighted, count = grad * len(xs), torch.tensor(float(len(xs)))
    dist.all_reduce(weighted)
    dist.all_reduce(count)
    results.put((rank, plain.tolist(), (weighted / count).tolist()))
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
        rank: (plain, weighted)
        for rank, plain, weighted in (results.get() for _ in range(WORLD_SIZE))
    }
    plain, weighted = (torch.tensor(g) for g in by_rank[0])
    torch.manual_seed(0)
    full_batch = gradient(torch.nn.Linear(3, 1), x, y)
    print("plain average:   ", plain)
    print("weighted average:", weighted)
    print("full batch:      ", full_batch)
    assert by_rank[0] == by_rank[1]  # every rank holds the same gradients
    assert torch.allclose(weighted, full_batch) and not torch.allclose(
        plain, full_batch
    )
