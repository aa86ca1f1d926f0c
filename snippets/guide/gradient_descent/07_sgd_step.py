import torch

w = torch.tensor(0.0, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)

optimizer.zero_grad()
loss = (w - 3) ** 2
loss.backward()
by_hand = w.detach() - 0.1 * w.grad  # the update SGD should make
optimizer.step()

print("by hand:", by_hand)
print("SGD:    ", w)
assert torch.allclose(w, by_hand)
