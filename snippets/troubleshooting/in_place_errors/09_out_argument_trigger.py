import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)
buffer = torch.empty(2)  # preallocated to save memory

try:
    torch.exp(x, out=buffer)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
