import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
inputs, targets = torch.randn(8, 3), torch.randn(8, 1)
loss_fn = torch.nn.MSELoss()

loss_fn(model(inputs), targets).backward()
big = model.weight.grad.clone()

model.zero_grad()
k = 4
for x, t in zip(inputs.chunk(k), targets.chunk(k), strict=True):
    loss_fn(model(x), t).backward()  # no 1/k: a sum of k means
print("big batch:        ", big)
print("unscaled, k=4:    ", model.weight.grad)
print("unscaled / big:   ", model.weight.grad / big)
assert torch.allclose(model.weight.grad, k * big)
