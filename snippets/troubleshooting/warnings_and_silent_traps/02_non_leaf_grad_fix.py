import torch

torch.manual_seed(0)
w = (torch.randn(3) * 0.1).requires_grad_()  # a leaf: created, then tracked
h = w * 2
h.retain_grad()  # an intermediate whose gradient we also want to see
loss = (h**2).sum()
loss.backward()

print("w.grad:", w.grad)
print("h.grad:", h.grad)
