import torch

w = torch.tensor(0.0, requires_grad=True)
lr = 0.1

loss = (w - 3) ** 2
loss.backward()
print("gradient:", w.grad, "| by hand, 2 (0 - 3) =", 2 * (0.0 - 3))
assert w.grad.item() == 2 * (0.0 - 3)  # f'(w) = 2(w - 3) at w = 0
with torch.no_grad():
    w -= lr * w.grad

by_hand = 0.0 - lr * 2 * (0.0 - 3)  # w - lr * f'(w), with f'(w) = 2(w - 3)
print(f"by hand:  {by_hand:.4f}")
print("autograd:", w)
assert torch.isclose(w, torch.tensor(by_hand))
