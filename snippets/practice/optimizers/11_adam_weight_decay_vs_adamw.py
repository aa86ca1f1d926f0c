import torch

lr, weight_decay, eps = 0.1, 0.5, 1e-8
w0 = torch.tensor([0.0, 4.0])
g = torch.tensor([-2.0, -2.0])  # the same gradient for both weights


def one_step(optimizer_class, **options):
    w = w0.clone().requires_grad_()
    w.grad = g.clone()
    optimizer_class([w], lr=lr, eps=eps, weight_decay=weight_decay, **options).step()
    return w.detach()


# At the first step m_hat = g and v_hat = g**2 for the gradient g that Adam
# averages, so the step is lr * g / (|g| + eps): about lr times the sign of g.
coupled = g + weight_decay * w0  # Adam: the decay joins the gradient, [-2, 0]
adam_hand = w0 - lr * coupled / (coupled.abs() + eps)
# AdamW: shrink w by the factor 1 - lr * weight_decay = 0.95, then step along g.
adamw_hand = w0 * (1 - lr * weight_decay) - lr * g / (g.abs() + eps)

adam = one_step(torch.optim.Adam)
adamw = one_step(torch.optim.AdamW)
decoupled = one_step(torch.optim.Adam, decoupled_weight_decay=True)
print(f"Adam:                              {adam}  by hand {adam_hand}")
print(f"AdamW:                             {adamw}  by hand {adamw_hand}")
print(f"Adam(decoupled_weight_decay=True): {decoupled}  by hand {adamw_hand}")
assert torch.allclose(adam, adam_hand)
assert torch.allclose(adamw, adamw_hand)
assert not torch.allclose(adam, adamw)
assert torch.equal(adamw, decoupled)
# By hand: Adam averages [-2, 0]; AdamW's shrink alone gives [0, 3.8].
assert torch.equal(coupled, torch.tensor([-2.0, 0.0]))
assert torch.allclose(w0 * (1 - lr * weight_decay), torch.tensor([0.0, 3.8]))
