import torch

a = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
b = torch.tensor([4.0, 8.0, 12.0, 16.0], requires_grad=True)
(a * b).mean().backward()

print("by hand, b / 4:", b.detach() / 4)
print("a.grad:        ", a.grad)
print("by hand, a / 4:", a.detach() / 4)
print("b.grad:        ", b.grad)
assert torch.equal(a.grad, b.detach() / 4)
assert torch.equal(b.grad, a.detach() / 4)
