import torch

torch.manual_seed(0)
x = torch.linspace(0, 1, 20)
y = 2 * x + 1 + 0.1 * torch.randn(20)
w = torch.tensor(0.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
for _ in range(200):
    ((w * x + b - y) ** 2).mean().backward()
    with torch.no_grad():
        w -= 0.5 * w.grad
        b -= 0.5 * b.grad
    w.grad.zero_()
    b.grad.zero_()

dx, dy = x - x.mean(), y - y.mean()
w_best = (dx * dy).sum() / (dx**2).sum()  # the least-squares line
b_best = y.mean() - w_best * x.mean()
print(f"gradient descent: w {w.item():.4f}, b {b.item():.4f}")
print(f"formula:          w {w_best:.4f}, b {b_best:.4f}")
assert torch.allclose(w, w_best, atol=1e-4) and torch.allclose(b, b_best, atol=1e-4)
