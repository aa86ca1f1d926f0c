import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True).double()  # want float64 weights
loss = (w**2).sum()
loss.backward()

print("w.grad:", w.grad)
