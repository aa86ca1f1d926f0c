import torch

w = torch.tensor([1.0, -1.0], requires_grad=True)

with torch.autograd.set_detect_anomaly(True, check_nan=False):
    h = torch.sigmoid(w)
    scores = h * 3
    h = h + 1  # out of place: sigmoid's saved output is untouched
    (scores + h).sum().backward()

s = torch.sigmoid(w.detach())
print("w.grad: ", w.grad)
print("by hand:", 4 * s * (1 - s))  # d/dw of 3s + s + 1
assert torch.allclose(w.grad, 4 * s * (1 - s))
