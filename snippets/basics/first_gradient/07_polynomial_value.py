import torch

x = torch.tensor(2.0, requires_grad=True)
y = 2 * x**4 + x**3 + 3 * x**2 + 5 * x + 1

terms = [2 * 2**4, 2**3, 3 * 2**2, 5 * 2, 1]  # every term at x = 2
print("terms:  ", terms, "sum:", sum(terms))
print("autograd:", y)
assert y.item() == sum(terms)
