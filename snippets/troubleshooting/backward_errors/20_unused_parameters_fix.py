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


class TwoHeads(torch.nn.Module):
    """One body, two heads; this training loop only uses the first head."""

    def __init__(self):
        super().__init__()
        self.body = torch.nn.Linear(3, 4)
        self.regression = torch.nn.Linear(4, 1)
        self.classifier = torch.nn.Linear(4, 2)  # trained in another phase

    def forward(self, x):
        return self.regression(torch.relu(self.body(x)))


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
    torch.manual_seed(1)
    net = TwoHeads()
    # Each step, DDP walks the graph from the outputs and marks every
    # parameter it does not reach as ready, with no gradient.
    model = DistributedDataParallel(net, find_unused_parameters=True)
    shard = slice(4 * rank, 4 * rank + 4)
    train(model, x[shard], y[shard])
    used = [p.tolist() for p in (*net.body.parameters(), *net.regression.parameters())]
    results.put((rank, net.classifier.weight.grad, used))
    del model  # DDP's destructor uses the process group: free it first
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
    by_rank = {}
    for _ in range(WORLD_SIZE):
        rank, classifier_grad, used = results.get()
        by_rank[rank] = classifier_grad, used

    torch.manual_seed(1)
    alone = TwoHeads()
    train(alone, x, y)  # one process, the whole batch
    expected = [*alone.body.parameters(), *alone.regression.parameters()]
    for rank in sorted(by_rank):
        classifier_grad, used = by_rank[rank]
        same = all(
            torch.allclose(torch.tensor(u), e)
            for u, e in zip(used, expected, strict=True)
        )
        print(f"rank {rank}: 3 steps, classifier.weight.grad = {classifier_grad}")
        print(f"rank {rank}: body and regression as one process, whole batch: {same}")
        assert classifier_grad is None and same
