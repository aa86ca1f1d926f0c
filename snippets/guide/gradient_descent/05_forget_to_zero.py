import torch

torch.manual_seed(0)
x = torch.linspace(0, 1, 20)
y = 2 * x + 1 + 0.1 * torch.randn(20)
w = torch.tensor(0.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)

for step in range(1, 201):
    loss = ((w * x + b - y) ** 2).mean()
    loss.backward()  # adds to .grad, which is never reset
    with torch.no_grad():
        w -= 0.5 * w.grad
        b -= 0.5 * b.grad
    if step in (1, 10, 50, 200):
        print(f"step {step:3}: loss {loss:.4f}, w {w.item():.4f}, b {b.item():.4f}")
