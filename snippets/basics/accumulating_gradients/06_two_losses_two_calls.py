import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
(x**2).sum().backward()  # adds 2x
(3 * x).sum().backward()  # adds 3
accumulated = x.grad.clone()

x.grad = None
((x**2).sum() + (3 * x).sum()).backward()
print("two calls:    ", accumulated)
print("one combined: ", x.grad)
print("by hand, 2x+3:", 2 * x.detach() + 3)
assert torch.equal(accumulated, x.grad)
assert torch.equal(x.grad, 2 * x.detach() + 3)
