import torch

torch.manual_seed(0)
w = (torch.randn(3) * 0.01).requires_grad_()  # scale first, then track
print("w is a leaf:", w.is_leaf, "| grad_fn:", w.grad_fn)

optimizer = torch.optim.SGD([w], lr=0.1)
(w - 1).pow(2).sum().backward()
by_hand = w.detach() - 0.1 * 2 * (w.detach() - 1)  # w - lr * 2(w - 1)
optimizer.step()
print("after one step:", w)
print("by hand:       ", by_hand)
assert torch.allclose(w.detach(), by_hand)
