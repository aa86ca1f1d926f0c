import torch

x = torch.tensor(2.0, requires_grad=True)
writes = []
# Fires each time AccumulateGrad has written into x.grad.
x.register_post_accumulate_grad_hook(lambda leaf: writes.append(leaf.grad.clone()))

y = x * x + 3 * x  # x reaches y along three edges
y.backward()

by_hand = 2 * 2.0 + 3  # dy/dx = 2x + 3, all paths summed
print("writes into x.grad:", len(writes))
print("the one write:     ", writes[0])
print("by hand, 2x + 3:   ", by_hand)
assert len(writes) == 1
assert writes[0].item() == by_hand
