import torch

x = torch.tensor(2.0, requires_grad=True)
y = 2 * x**4 + x**3 + 3 * x**2 + 5 * x + 1
y.backward()

terms = [8 * 2**3, 3 * 2**2, 6 * 2, 5]  # y' = 8x^3 + 3x^2 + 6x + 5 at x = 2
print("by hand: ", terms, "sum:", sum(terms))
print("autograd:", x.grad)
assert x.grad.item() == sum(terms)
