import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
a = x * 2
a += 1  # fine: no backward formula needs the old a
b = a.exp()
b = b + 1  # exp's backward needs its output, so leave it untouched

b.sum().backward()
expected = 2 * torch.exp(2 * x.detach() + 1)  # d/dx of exp(2x + 1) + 1
print("x.grad:  ", x.grad)
print("by hand: ", expected)
assert torch.allclose(x.grad, expected)
