import torch


def f(x):
    return torch.stack([x[0] * x[1] * x[2], x[0] ** 2 + 3 * x[2]])


x = torch.tensor([1.0, 2.0, 3.0])
jacobian = torch.autograd.functional.jacobian(f, x)

x1, x2, x3 = 1.0, 2.0, 3.0
by_hand = torch.tensor([[x2 * x3, x1 * x3, x1 * x2], [2 * x1, 0.0, 3.0]])
print("by hand:\n", by_hand)
print("autograd.functional.jacobian:\n", jacobian)
assert torch.equal(jacobian, by_hand)
