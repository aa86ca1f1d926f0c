import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(3, 2), torch.nn.BatchNorm1d(2))
inputs, targets = torch.randn(8, 3), torch.randn(8, 2)
loss_fn = torch.nn.MSELoss()
k = 4

loss_fn(model(inputs), targets).backward()
big = model[0].weight.grad.clone()

model.zero_grad()
for x, t in zip(inputs.chunk(k), targets.chunk(k), strict=True):
    (loss_fn(model(x), t) / k).backward()  # statistics of 2 samples, not 8
print("big batch:  ", big)
print("accumulated:", model[0].weight.grad)
assert not torch.allclose(model[0].weight.grad, big)

# nn.LayerNorm normalizes each sample on its own: the identity holds again.
torch.manual_seed(0)
model = torch.nn.Sequential(
    torch.nn.Linear(3, 4), torch.nn.LayerNorm(4), torch.nn.Linear(4, 2)
)
loss_fn(model(inputs), targets).backward()
big = model[0].weight.grad.clone()
model.zero_grad()
for x, t in zip(inputs.chunk(k), targets.chunk(k), strict=True):
    (loss_fn(model(x), t) / k).backward()
assert torch.allclose(model[0].weight.grad, big)
