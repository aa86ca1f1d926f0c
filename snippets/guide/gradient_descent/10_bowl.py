import torch

p = torch.tensor([-4.0, 1.5], requires_grad=True)  # the point (x, y)
lr = 0.09
start = p.detach().clone()

for step in range(1, 6):
    loss = p[0] ** 2 + 10 * p[1] ** 2
    loss.backward()
    with torch.no_grad():
        p -= lr * p.grad
    p.grad.zero_()
    print(f"step {step}: x {p[0].item():7.4f}, y {p[1].item():7.4f}")

factors = torch.tensor([1 - 2 * lr, 1 - 20 * lr])  # 0.82 for x, -0.8 for y
by_hand = start * factors**5
print(f"by hand: x {by_hand[0]:7.4f}, y {by_hand[1]:7.4f}")
assert torch.allclose(p, by_hand)
