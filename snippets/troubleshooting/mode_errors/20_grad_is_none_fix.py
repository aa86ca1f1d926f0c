import torch

torch.manual_seed(0)
x = torch.randn(8, 3)
y = x @ torch.tensor([1.0, -2.0, 0.5])
w = torch.zeros(3, requires_grad=True)
by_hand = torch.zeros(3)

for _ in range(3):
    loss = ((x @ w - y) ** 2).mean()
    loss.backward()  # writes w.grad: from here on it is a tensor
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad = None  # clear it once used, ready for the next step
    # The same step by hand: the gradient of the mean squared error is
    # 2/n X^T (Xw - y).
    by_hand -= 0.1 * 2 / len(x) * x.T @ (x @ by_hand - y)

print("w after 3 steps:", w.detach())
print("by hand:        ", by_hand)
assert torch.allclose(w.detach(), by_hand)
