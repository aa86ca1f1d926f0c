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
    model = DistributedDataParallel(TwoHeads())
    x, y = torch.randn(4, 3), torch.randn(4, 1)
    for step in range(3):
        try:
            torch.nn.functional.mse_loss(model(x), y).backward()
        except RuntimeError as error:
            results.put((rank, f"step {step}: RuntimeError: {error}"))
            break
        results.put((rank, f"step {step}: ok"))
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
    lines = []
    while not results.empty():
        lines.append(results.get())
    for rank, line in sorted(lines):
        if rank == 0:  # rank 1 reports the same, with its own rank number
            print(line)
