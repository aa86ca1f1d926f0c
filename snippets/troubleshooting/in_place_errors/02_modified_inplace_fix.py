import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
x = torch.randn(3)

h = torch.sigmoid(w * x)
h = h + 1  # a new tensor: the saved output stays intact
h.sum().backward()
print("w.grad:", w.grad)
# By hand: sigmoid's slope s(1 - s), times x for the inner w * x
s = torch.sigmoid(w.detach() * x)
assert torch.allclose(w.grad, s * (1 - s) * x)
