import torch

torch.manual_seed(0)
w = torch.randn(4, 6, requires_grad=True)
x = torch.randn(2, 4)

q, k, v = (x @ w).chunk(3, dim=-1)
q = q * 0.5  # out of place: a new tensor
out = torch.softmax(q @ k.T, dim=-1) @ v
out.sum().backward()
print("w.grad shape:", w.grad.shape)
