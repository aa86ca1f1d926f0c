import torch

a = torch.ones((2, 2), requires_grad=True)
b = torch.ones((2, 2), requires_grad=True)

print(a * b)
print(torch.mul(a, b))
assert torch.equal(a * b, torch.full((2, 2), 1.0 * 1.0))
assert torch.equal(torch.mul(a, b), a * b)
