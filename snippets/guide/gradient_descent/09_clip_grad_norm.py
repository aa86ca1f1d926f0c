import torch

w = torch.tensor(0.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
loss = 3 * w + 4 * b  # gradients 3 and 4
loss.backward()

norm = torch.nn.utils.clip_grad_norm_([w, b], max_norm=1.0)
after = torch.stack([w.grad, b.grad])
by_hand = torch.tensor([3.0, 4.0]) / (5 + 1e-6)  # times max_norm / (norm + 1e-6)
print(f"norm before: {norm:.4f}, by hand {(3**2 + 4**2) ** 0.5:.4f}")
print("after:  ", after)
print("by hand:", by_hand)
print(f"norm after: {after.norm():.4f}")
assert torch.allclose(after, by_hand)
assert torch.isclose(norm, torch.tensor((3.0**2 + 4.0**2) ** 0.5))  # before clipping

torch.nn.utils.clip_grad_norm_([w, b], max_norm=2.0)  # already below 2
assert torch.equal(torch.stack([w.grad, b.grad]), after)
