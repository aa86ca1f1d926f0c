import math

import torch

w = torch.tensor([1.0], requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
# Halve the learning rate after every step: 0.1, then 0.05, then 0.025.
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)

for step in range(3):
    scheduler.step()  # at the top of the step, before the optimizer's
    used = optimizer.param_groups[0]["lr"]
    (w**2).sum().backward()
    optimizer.step()
    optimizer.zero_grad()
    print(f"step {step}: learning rate {used}")
    assert math.isclose(used, 0.1 * 0.5 ** (step + 1))  # one value ahead
