import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
inputs = torch.randn(4, 3)
targets = torch.randn(4, 1)

grads = {}
for reduction in ("mean", "sum"):
    model.zero_grad()
    loss = torch.nn.functional.mse_loss(model(inputs), targets, reduction=reduction)
    loss.backward()
    grads[reduction] = model.weight.grad.clone()
    print(f"{reduction:>4}: {grads[reduction]}")

n = len(inputs)
print("sum / N:", grads["sum"] / n)
assert torch.allclose(grads["sum"], n * grads["mean"])
