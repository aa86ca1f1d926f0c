import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w**2).sum()  # pow saves w (version 0)

with torch.no_grad():
    w -= 0.1 * torch.ones(2)  # no_grad does not hide the version bump

try:
    loss.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
