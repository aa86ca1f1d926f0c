import torch

torch.manual_seed(0)
model = torch.nn.Sequential(
    torch.nn.Linear(100, 100), torch.nn.Tanh(), torch.nn.Linear(100, 1)
)

total = 0.0
with torch.no_grad():  # evaluation: nothing is saved for a backward pass
    for step in range(5):
        x, y = torch.randn(64, 100), torch.randn(64, 1)
        loss = torch.nn.functional.mse_loss(model(x), y)
        total += loss.item()  # a Python float: no graph to keep
        print(f"step {step}: loss.grad_fn = {loss.grad_fn}, total = {total:.4f}")
print(f"mean loss: {total / 5:.4f}")
