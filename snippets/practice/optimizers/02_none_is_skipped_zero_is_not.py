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
    # By hand, `used` takes the same steps either way: 1 - 0.1 * (3 + 0.5) = 0.65,
    # then 0.65 - 0.1 * (3 + 0.5 * 0.65) = 0.3175. A None gradient is skipped.
    assert abs(used.item() - 0.3175) < 1e-6
    assert (after == before) == set_to_none

by_hand = before - 0.1 * (0 + 0.5 * before)  # a zero gradient still gets weight decay
assert abs(unused.item() - by_hand) < 1e-6
assert abs(unused.item() - 0.95 * before) < 1e-6  # shrunk by 1 - 0.1 * 0.5 = 0.95

# Momentum and Adam also move a parameter whose gradient is now zero.
p = torch.tensor(1.0, requires_grad=True)
sgd, adam = torch.optim.SGD([p], lr=0.1, momentum=0.9), torch.optim.Adam([p], lr=0.1)
for optimizer in (sgd, adam):
    for grad in (1.0, 0.0):  # a gradient of 1, then a zero gradient
        before, p.grad = p.item(), torch.tensor(grad)
        optimizer.step()
    assert p.item() < before
