import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True) * 0.1  # the result of a multiplication
loss = (w**2).sum()
loss.backward()

print("w.grad:", w.grad)
