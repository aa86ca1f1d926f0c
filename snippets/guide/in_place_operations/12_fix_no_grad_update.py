import torch

lr = 0.1
w = torch.tensor([1.0, 2.0], requires_grad=True)
(w**2).sum().backward()

with torch.no_grad():  # the update is not part of the function we differentiate
    w -= lr * w.grad
    w[0] = 0.5  # assigning through a view of the leaf is fine here too

print("w:", w, "| leaf:", w.is_leaf, "| version:", w._version)
assert torch.allclose(w, torch.tensor([0.5, 2.0 - lr * 2 * 2.0]))  # w - lr * 2w
assert w._version == 2  # two in-place changes: w -= ... and w[0] = 0.5
