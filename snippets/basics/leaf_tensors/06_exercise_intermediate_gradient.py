import torch

a = torch.ones((2, 2)).requires_grad_()
b = a**2
b.retain_grad()
c = b.mean()
c.backward()

print("by hand: 1/N =", 1 / 4)
print("b.grad:")
print(b.grad)
assert torch.equal(b.grad, torch.full((2, 2), 1 / 4))
