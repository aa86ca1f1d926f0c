# snippet: timeout 90
import datetime
import tempfile

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch.nn.parallel import DistributedDataParallel

WORLD_SIZE = 2


class TwoHeads(torch.nn.Module):
    """One body, two heads; this training loop only uses the first head."""

    def __init__(self):
        super().__init__()
        self.body = torch.nn.Linear(3, 4)
        self.regression = torch.nn.Linear(4, 1)
        self.classifier = torch.nn.Linear(4, 2)  # trained in another phase

    def forward(self, x):
        return self.regression(torch.relu(self.body(x)))


def worker(rank, store, results):
    timeout = datetime.timedelta(seconds=30)
    dist.init_process_group(
        "gloo", init_method=store, rank=rank, world_size=WORLD_SIZE, timeout=timeout
    )
    torch.manual_seed(0)
    model = DistributedDataParallel(TwoHeads())  # the same weights on both ranks
    torch.manual_seed(1 + rank)  # each rank its own batch, as in training
    x, y = torch.randn(4, 3), torch.randn(4, 1)
    for step in range(3):
        try:
            torch.nn.functional.mse_loss(model(x), y).backward()
        except RuntimeError as error:
            results.put((rank, step, f"RuntimeError: {error}"))
            break
        results.put((rank, step, model.module.body.weight.grad.tolist()))
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
    reports = {}
    while not results.empty():
        rank, step, report = results.get()
        reports[step, rank] = report

    def own_gradient(rank):
        """body.weight.grad from this rank's batch alone, in one process."""
        torch.manual_seed(0)
        model = TwoHeads()
        torch.manual_seed(1 + rank)
        x, y = torch.randn(4, 3), torch.randn(4, 1)
        torch.nn.functional.mse_loss(model(x), y).backward()
        return model.body.weight.grad

    # The two batches give different gradients, so "own" is not the average.
    assert not torch.allclose(own_gradient(0), own_gradient(1))
    for step in sorted({step for step, _ in reports}):
        report = reports[step, 0]  # rank 1's is the same, with its own number
        if isinstance(report, str):
            print(f"step {step}: {report}")
            continue
        unaveraged = all(
            torch.allclose(torch.tensor(reports[step, rank]), own_gradient(rank))
            for rank in range(WORLD_SIZE)
        )
        print(f"step {step}: no error; each rank kept its own gradient: {unaveraged}")
