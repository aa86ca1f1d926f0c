import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)
y = x.sigmoid()
z = y.clone()  # a copy with its own memory and version counter
z.mul_(2)  # changes the copy; the saved y is untouched

print("versions: y", y._version, "z", z._version)
z.sum().backward()
s = torch.sigmoid(x.detach())
print("by hand: ", 2 * s * (1 - s))
print("autograd:", x.grad)
assert torch.allclose(x.grad, 2 * s * (1 - s))
