import torch

for set_to_none in (True, False):
    used = torch.tensor(1.0, requires_grad=True)
    unused = torch.tensor(1.0, requires_grad=True)
    optimizer = torch.optim.SGD([used, unused], lr=0.1, weight_decay=0.5)
    (3 * used + unused).backward()  # step 1: both parameters get a gradient
    optimizer.step()
    optimizer.zero_grad(set_to_none=set_to_none)
    (3 * used).backward()  # step 2: `unused` is not part of this loss
    before = unused.item()
    optimizer.step()
    after = unused.item()
    print(f"set_to_none={set_to_none}: grad {unused.grad}, {before:.4f} -> {after:.4f}")

by_hand = before - 0.1 * (0 + 0.5 * before)  # a zero gradient still gets weight decay
assert abs(unused.item() - by_hand) < 1e-6
