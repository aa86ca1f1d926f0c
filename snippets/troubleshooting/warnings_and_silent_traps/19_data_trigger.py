import torch

x = torch.tensor([-1.0, 0.0, 2.0], requires_grad=True)
h = torch.sigmoid(x)  # sigmoid's backward uses h: h * (1 - h)
h.data.clamp_(max=0.7)  # clip behind autograd's back

h.sum().backward()
print("x.grad:       ", x.grad)
s = torch.sigmoid(x.detach())
print("clipped slope:", torch.where(s < 0.7, s * (1 - s), 0.0))
print("sigmoid slope:", s * (1 - s))
# What backward computed: h (1 - h) from the clipped h
clipped = s.clamp(max=0.7)
print("h(1-h):       ", clipped * (1 - clipped))
assert torch.allclose(x.grad, clipped * (1 - clipped))
# Not the sigmoid's slope at 2: sigma(2)(1 - sigma(2)) is about 0.105
slope = s * (1 - s)
assert abs(slope[2] - 0.105) < 1e-3
assert not torch.isclose(x.grad[2], slope[2])
