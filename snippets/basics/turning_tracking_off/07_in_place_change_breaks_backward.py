import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
out = (x**2).sum()  # saves x to compute 2x later
x.detach()[0] = 100.0  # changes x behind autograd's back

try:
    out.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
