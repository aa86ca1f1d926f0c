import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
a = x * 2
a += 1  # in-place update number 1
b = a.exp()
b += 1  # in-place update number 2

try:
    b.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
