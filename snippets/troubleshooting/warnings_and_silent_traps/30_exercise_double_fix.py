import torch

torch.manual_seed(0)
w = torch.randn(3, dtype=torch.float64, requires_grad=True)  # a float64 leaf
loss = (w**2).sum()
loss.backward()

print("w.grad:", w.grad)
assert torch.equal(w.grad, 2 * w.detach())
