import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
inputs, targets = torch.randn(8, 3), torch.randn(8, 1)
loss_fn = torch.nn.MSELoss()  # a mean over the samples

loss_fn(model(inputs), targets).backward()  # one big batch of 8
big = [p.grad.clone() for p in model.parameters()]

model.zero_grad()
k = 4  # micro-batches of 2
for x, t in zip(inputs.chunk(k), targets.chunk(k), strict=True):
    (loss_fn(model(x), t) / k).backward()  # .grad adds up across calls
accumulated = [p.grad for p in model.parameters()]

print("big batch:  ", big[0], big[1])
print("accumulated:", accumulated[0], accumulated[1])
assert all(torch.allclose(a, b) for a, b in zip(accumulated, big, strict=True))
