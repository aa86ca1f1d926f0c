import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)

with torch.no_grad():
    a = x * 2
    with torch.enable_grad():
        b = x * 2

print("a:", a)
print("b:", b)
