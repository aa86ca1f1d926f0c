import math

import torch

w = torch.tensor([1.0], requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)

for step in range(3):
    used = optimizer.param_groups[0]["lr"]
    (w**2).sum().backward()
    optimizer.step()
    optimizer.zero_grad()
    scheduler.step()  # after the optimizer's step: on to the next value
    by_hand = 0.1 * 0.5**step
    print(f"step {step}: learning rate {used} (by hand, 0.1 * 0.5^{step}: {by_hand})")
    assert math.isclose(used, by_hand)
