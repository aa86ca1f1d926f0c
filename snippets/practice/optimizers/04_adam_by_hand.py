import torch

lr, beta1, beta2, eps = 0.1, 0.9, 0.999, 1e-8
w = torch.tensor([0.0, 4.0], requires_grad=True)
optimizer = torch.optim.Adam([w], lr=lr, betas=(beta1, beta2), eps=eps)

w_hand, m, v = w.detach().clone(), torch.zeros(2), torch.zeros(2)
for t in range(1, 4):
    optimizer.zero_grad()
    loss = ((w - 2) ** 2).sum()
    loss.backward()
    optimizer.step()

    g = 2 * (w_hand - 2)
    m = beta1 * m + (1 - beta1) * g  # running mean of gradients
    v = beta2 * v + (1 - beta2) * g**2  # running mean of squared gradients
    m_hat, v_hat = m / (1 - beta1**t), v / (1 - beta2**t)  # undo the bias towards 0
    w_hand = w_hand - lr * m_hat / (v_hat.sqrt() + eps)
    print(f"step {t}: Adam {w.detach()}  by hand {w_hand}")
    assert torch.allclose(w.detach(), w_hand)
