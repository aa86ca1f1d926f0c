import torch

w = torch.tensor(0.0, requires_grad=True)
lr = 0.1

for step in range(1, 21):
    loss = (w - 3) ** 2
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
    w.grad.zero_()
    if step % 5 == 0:
        by_hand = 3 - 3 * 0.8**step  # the distance to 3 shrinks by 1 - 2 lr = 0.8
        print(f"step {step:2}: w = {w.item():.4f}, by hand {by_hand:.4f}")
        assert abs(w.item() - by_hand) < 1e-5
