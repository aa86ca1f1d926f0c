import torch

w = torch.tensor(0.0, requires_grad=True)
loss = (w - 3) ** 2
loss.backward()

try:
    w -= 0.1 * w.grad
except RuntimeError as error:
    print(f"RuntimeError: {error}")
