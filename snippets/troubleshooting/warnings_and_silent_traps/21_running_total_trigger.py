import torch

torch.manual_seed(0)
model = torch.nn.Sequential(
    torch.nn.Linear(100, 100), torch.nn.Tanh(), torch.nn.Linear(100, 1)
)


def saved_bytes(value):
    """Bytes of the tensors autograd saved in the graph behind ``value``."""
    storages, seen, todo = {}, set(), [getattr(value, "grad_fn", None)]
    while todo:
        node = todo.pop()
        if node is None or node in seen:
            continue
        seen.add(node)
        for name in dir(node):
            if name.startswith("_saved_"):
                saved = getattr(node, name)
                if isinstance(saved, torch.Tensor):
                    storage = saved.untyped_storage()
                    storages[storage.data_ptr()] = storage.nbytes()
        todo.extend(next_node for next_node, _ in node.next_functions)
    return sum(storages.values())


# Each step saves, in float32 (4 bytes): the input and the Tanh output
# (64 x 100 each), the prediction and the target (64 x 1 each); and, once
# for all steps, the last layer's weight (100 x 1), which they share.
per_step = 4 * (64 * 100 + 64 * 100 + 64 + 64)
print(f"by hand: {per_step:,} bytes per step, plus {4 * 100} bytes once")
total = 0.0
for step in range(5):  # an evaluation loop: no backward()
    x, y = torch.randn(64, 100), torch.randn(64, 1)
    loss = torch.nn.functional.mse_loss(model(x), y)
    total += loss  # a tensor: the total's graph now holds this step's graph
    kept, by_hand = saved_bytes(total), 4 * 100 + (step + 1) * per_step
    print(f"step {step}: the total keeps {kept:,} bytes (by hand: {by_hand:,})")
    assert kept == by_hand
print(f"mean loss: {total / 5:.4f}")
