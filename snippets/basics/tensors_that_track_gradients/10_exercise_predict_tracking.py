import torch

w = torch.tensor([0.5, -1.0], requires_grad=True)
x = torch.tensor([2.0, 3.0])

print(w * x)
print(x * 2)
print((w * x).sum())
print(w - x)
