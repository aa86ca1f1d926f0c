import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)
y = x.exp()
y += 1
loss = (y**2).sum()

try:
    loss.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
