import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
loss = (w**2).sum()
loss.backward()

try:
    w -= 0.1 * w.grad  # a hand-written gradient-descent step
except RuntimeError as error:
    print(f"RuntimeError: {error}")
