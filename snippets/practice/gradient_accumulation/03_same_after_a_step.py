import copy

import torch

torch.manual_seed(0)
big_model = torch.nn.Linear(3, 1)
accum_model = copy.deepcopy(big_model)  # the same starting weights
big_opt = torch.optim.SGD(big_model.parameters(), lr=0.1, momentum=0.9)
accum_opt = torch.optim.SGD(accum_model.parameters(), lr=0.1, momentum=0.9)
loss_fn = torch.nn.MSELoss()
k = 4

for step in range(3):
    inputs, targets = torch.randn(8, 3), torch.randn(8, 1)
    big_opt.zero_grad()
    loss_fn(big_model(inputs), targets).backward()
    big_opt.step()

    accum_opt.zero_grad()
    for x, t in zip(inputs.chunk(k), targets.chunk(k), strict=True):
        (loss_fn(accum_model(x), t) / k).backward()
    accum_opt.step()  # once, after the last micro-batch
    print(f"step {step}:", big_model.weight.detach(), accum_model.weight.detach())

for p, q in zip(big_model.parameters(), accum_model.parameters(), strict=True):
    assert torch.allclose(p, q)
    # The momentum buffers (the optimizer state) agree as well.
    buffers = big_opt.state[p]["momentum_buffer"], accum_opt.state[q]["momentum_buffer"]
    assert torch.allclose(*buffers)
