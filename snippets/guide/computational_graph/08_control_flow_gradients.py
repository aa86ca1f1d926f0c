import math

import torch


def f(x):
    y = x
    while y < 10:
        y = y * 2
    if y > 15:
        return torch.sqrt(y)
    return y**2


# x = 1: four doublings give 16x, so f = sqrt(16x) = 4 sqrt(x) and f' = 2 / sqrt(x)
# x = 7: one doubling gives 2x, so f = (2x)**2 = 4x**2 and f' = 8x
for start, by_hand in [(1.0, 2 / math.sqrt(1.0)), (7.0, 8 * 7.0)]:
    x = torch.tensor(start, requires_grad=True)
    f(x).backward()
    print(f"x = {start}: by hand {by_hand}, autograd {x.grad.item()}")
    assert x.grad.item() == by_hand
