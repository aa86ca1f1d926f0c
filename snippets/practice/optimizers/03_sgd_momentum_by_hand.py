import torch

lr, momentum, weight_decay = 0.1, 0.9, 0.5
w = torch.tensor([0.0, 4.0], requires_grad=True)
optimizer = torch.optim.SGD([w], lr=lr, momentum=momentum, weight_decay=weight_decay)

w_hand, buf = w.detach().clone(), None
for step in range(1, 4):
    optimizer.zero_grad()
    loss = ((w - 2) ** 2).sum()
    loss.backward()
    optimizer.step()

    g = 2 * (w_hand - 2) + weight_decay * w_hand  # gradient plus weight decay
    buf = g if buf is None else momentum * buf + g  # first step: no history yet
    w_hand = w_hand - lr * buf
    print(f"step {step}: SGD {w.detach()}  by hand {w_hand}")
    assert torch.allclose(w.detach(), w_hand)
