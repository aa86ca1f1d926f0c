import torch

lr, momentum, weight_decay = 0.1, 0.9, 0.5
w = torch.tensor([0.0, 4.0], requires_grad=True)
optimizer = torch.optim.SGD([w], lr=lr, momentum=momentum, weight_decay=weight_decay)

w_hand, buf = w.detach().clone(), None
# By hand, the second coordinate's g is 6, then 4.5, then 2.025, so b[1] is 6,
# 0.9 * 6 + 4.5 = 9.9, 0.9 * 9.9 + 2.025 = 10.935, and it moves by 0.1 * b[1].
moves = (0.6, 0.99, 1.0935)
for step in range(1, 4):
    optimizer.zero_grad()
    loss = ((w - 2) ** 2).sum()
    loss.backward()
    optimizer.step()

    g = 2 * (w_hand - 2) + weight_decay * w_hand  # gradient plus weight decay
    # Autograd agrees: weight_decay * w is the gradient of weight_decay / 2 * |w|^2.
    w_auto = w_hand.clone().requires_grad_()
    (((w_auto - 2) ** 2).sum() + weight_decay / 2 * (w_auto**2).sum()).backward()
    assert torch.allclose(g, w_auto.grad)
    buf = g if buf is None else momentum * buf + g  # first step: no history yet
    if step == 1:  # gradient [-4, 4] plus decay [0, 2]: b_1 = [-4, 6]
        assert torch.equal(weight_decay * w_hand, torch.tensor([0.0, 2.0]))
        assert torch.equal(buf, torch.tensor([-4.0, 6.0]))
    w_hand = w_hand - lr * buf
    print(f"step {step}: SGD {w.detach()}  by hand {w_hand}")
    assert torch.allclose(w.detach(), w_hand)
    moved = lr * optimizer.state[w]["momentum_buffer"][1].item()  # SGD's own b
    assert abs(moved - moves[step - 1]) < 1e-6
