import torch

p = torch.tensor([-4.0, 1.5], requires_grad=True)
lr = 0.05  # makes 1 - 20 lr = 0

loss = p[0] ** 2 + 10 * p[1] ** 2
loss.backward()
with torch.no_grad():
    p -= lr * p.grad

by_hand = torch.tensor([-4.0 * (1 - 2 * lr), 0.0])  # x * 0.9, y * 0
print("gradient descent:", p)
print("by hand:         ", by_hand)
assert torch.allclose(p, by_hand)
