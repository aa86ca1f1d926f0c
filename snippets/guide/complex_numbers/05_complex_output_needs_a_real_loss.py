import torch

z = torch.tensor(1.0 + 2.0j, requires_grad=True)
w = z**2  # a complex result
try:
    w.backward()
except RuntimeError as error:
    print("RuntimeError:", error)

w.abs().backward()  # a real number to minimise: now backward works
by_hand = 2 * z.detach()  # |z^2| = |z|^2, whose gradient is 2z
print("z.grad:", z.grad, "| by hand:", by_hand)
assert torch.allclose(z.grad, by_hand)
