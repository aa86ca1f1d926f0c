import torch

torch.manual_seed(0)
x = torch.randn(4, 3)
w = torch.randn(3, requires_grad=True)

loss = ((x @ w) ** 2).mean()  # computed with grad mode on
print("loss requires grad:", loss.requires_grad)

loss.backward()
print("w.grad:", w.grad)
