import torch

x = torch.tensor(3.0, requires_grad=True)
h = x * 2  # not a leaf
loss = h**2

# A non-leaf listed in inputs= gets its .grad filled, without retain_grad().
loss.backward(inputs=[h])
print("h.grad:", h.grad, " by hand, 2h =", 2 * 6.0)
print("x.grad:", x.grad)
assert h.grad.item() == 2 * 6.0
assert x.grad is None  # the pass stopped at h
