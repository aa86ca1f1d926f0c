import copy

import torch

torch.manual_seed(0)
scaled = torch.nn.Linear(3, 1)
unscaled = copy.deepcopy(scaled)
inputs, targets = torch.randn(8, 3), torch.randn(8, 1)
loss_fn = torch.nn.MSELoss()
k, lr = 4, 0.1

for x, t in zip(inputs.chunk(k), targets.chunk(k), strict=True):
    (loss_fn(scaled(x), t) / k).backward()
    loss_fn(unscaled(x), t).backward()  # the gradient is k times larger
torch.optim.SGD(scaled.parameters(), lr=lr).step()
torch.optim.SGD(unscaled.parameters(), lr=lr / k).step()

print("lr / k =", lr / k)
print("loss / k, lr:    ", scaled.weight.detach())
print("loss,     lr / k:", unscaled.weight.detach())
assert all(
    torch.allclose(p, q)
    for p, q in zip(scaled.parameters(), unscaled.parameters(), strict=True)
)
