import torch

torch.manual_seed(0)
x = torch.linspace(0, 1, 20)
y = 2 * x + 1 + 0.1 * torch.randn(20)
w = torch.tensor(0.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
optimizer = torch.optim.SGD([w, b], lr=0.5)

for step in range(1, 201):
    optimizer.zero_grad()
    loss = ((w * x + b - y) ** 2).mean()
    loss.backward()
    optimizer.step()
    if step in (1, 10, 50, 200):
        print(f"step {step:3}: loss {loss:.4f}, w {w.item():.4f}, b {b.item():.4f}")

# By hand: the same 200 steps with the gradient of the mean squared error
# written out, as in the hand-written loop above on this page.
w_hand, b_hand = torch.tensor(0.0), torch.tensor(0.0)
for _ in range(200):
    r = w_hand * x + b_hand - y
    w_hand, b_hand = w_hand - 0.5 * (2 * r * x).mean(), b_hand - 0.5 * (2 * r).mean()
assert torch.allclose(w, w_hand, atol=1e-6) and torch.allclose(b, b_hand, atol=1e-6)
