import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
x = torch.randn(3)

h = torch.sigmoid(w * x)  # sigmoid saves its output h for the backward pass
h += 1  # ...and this overwrites it in place
try:
    h.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
