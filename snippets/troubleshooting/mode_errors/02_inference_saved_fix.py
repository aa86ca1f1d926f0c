import torch

torch.manual_seed(0)
with torch.no_grad():  # no graph either, but the result is a normal tensor
    features = torch.randn(4, 3) * 2

w = torch.randn(3, requires_grad=True)
loss = (features @ w).pow(2).mean()
loss.backward()
print("w.grad:", w.grad)
