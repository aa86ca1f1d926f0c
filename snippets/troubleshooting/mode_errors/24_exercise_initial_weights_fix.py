import torch

w = (torch.tensor([1, 2, 3]) / 10).requires_grad_()  # divide, then track
print(w, "| leaf:", w.is_leaf)

optimizer = torch.optim.SGD([w], lr=0.25)
(w**2).sum().backward()
optimizer.step()
print("after one step:", w)
by_hand = torch.tensor([0.1, 0.2, 0.3]) * (1 - 0.25 * 2)  # w - lr * 2w
print("by hand:       ", by_hand)
assert torch.allclose(w.detach(), by_hand)
