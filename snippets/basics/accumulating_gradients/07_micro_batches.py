import torch

torch.manual_seed(0)
inputs, targets = torch.randn(8, 3), torch.randn(8)
w = torch.zeros(3, requires_grad=True)

((inputs @ w - targets) ** 2).mean().backward()
whole_batch = w.grad.clone()

w.grad = None
pieces = 4
# Each piece's mean is divided by the number of pieces, so the sum of the
# four backward() calls is the mean over all eight samples.
for x, t in zip(inputs.chunk(pieces), targets.chunk(pieces), strict=True):
    (((x @ w - t) ** 2).mean() / pieces).backward()

print("one batch of 8:      ", whole_batch)
print("4 micro-batches of 2:", w.grad)
assert torch.allclose(w.grad, whole_batch)
