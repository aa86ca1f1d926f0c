import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
inputs, targets = torch.randn(8, 3), torch.randn(8, 1)
loss_fn = torch.nn.MSELoss()

loss_fn(model(inputs), targets).backward()
big = model.weight.grad.clone()

pieces = list(zip(inputs.split([3, 3, 2]), targets.split([3, 3, 2]), strict=True))
model.zero_grad()
for x, t in pieces:
    (loss_fn(model(x), t) / len(pieces)).backward()  # 1/k: wrong weights
print("big batch:     ", big)
print("divided by k:  ", model.weight.grad)
assert not torch.allclose(model.weight.grad, big)

model.zero_grad()
for x, t in pieces:
    (loss_fn(model(x), t) * len(x) / len(inputs)).backward()  # n_j / N
print("times n_j / N: ", model.weight.grad)
assert torch.allclose(model.weight.grad, big)

# With reduction="sum", dividing every micro-batch loss by N is enough.
sum_fn = torch.nn.MSELoss(reduction="sum")
model.zero_grad()
for x, t in pieces:
    (sum_fn(model(x), t) / len(inputs)).backward()  # / N, whatever n_j is
assert torch.allclose(model.weight.grad, big)
