import torch

torch.manual_seed(0)
a = torch.randn(2, 2, requires_grad=True)
b = torch.randn(2, 2, requires_grad=True)
c = torch.sum(a + b)
c.backward()

by_hand = torch.ones(2, 2)  # dc/da_ij = dc/db_ij = 1, whatever the values
print("by hand:")
print(by_hand)
print("a.grad and b.grad:")
print(a.grad)
print(b.grad)
assert torch.equal(a.grad, by_hand) and torch.equal(b.grad, by_hand)
