import torch

p = torch.tensor([-4.0, 1.5], requires_grad=True)
lr = 0.11  # above 2 / 20 = 0.1

for step in range(1, 11):
    loss = p[0] ** 2 + 10 * p[1] ** 2
    loss.backward()
    with torch.no_grad():
        p -= lr * p.grad
    p.grad.zero_()
    if step % 2 == 0:
        print(f"step {step:2}: loss {loss:8.4f}, y {p[1].item():8.4f}")

factor = 1 - 20 * lr  # y is multiplied by this at every step
print(f"factor for y: {factor:.2f}; |factor| < 1 needs lr < 2 / 20 = {2 / 20}")
by_hand = 1.5 * factor**10
print(f"by hand: y {by_hand:.4f}")
assert abs(p[1].item() - by_hand) < 1e-4
