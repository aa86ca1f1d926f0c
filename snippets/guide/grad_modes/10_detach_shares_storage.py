import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.exp()  # exp saves its output y for backward

y.detach().zero_()  # same memory as y, and the same version counter
print("y:", y, "| version:", y._version)

try:
    y.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
