import torch

z = torch.zeros(2, requires_grad=True)
torch.sqrt((z**2).sum()).backward()  # gradient z / |z|: 0 / 0 at z = 0
print("sqrt(sum(z**2)):", z.grad)

z.grad = None
torch.linalg.vector_norm(z).backward()  # the same value, with 0 chosen at z = 0
print("vector_norm(z): ", z.grad)

# By hand: the gradient is z / |z|, which is 0 / 0 = NaN at z = 0, and
# vector_norm chooses 0 there. At v = (3, 4), both give v / |v| = v / 5.
grad = torch.autograd.grad
assert torch.isnan(grad(torch.sqrt((z**2).sum()), z)[0]).all()
assert torch.equal(z.grad, torch.zeros(2))
v = torch.tensor([3.0, 4.0], requires_grad=True)
assert torch.allclose(grad(torch.sqrt((v**2).sum()), v)[0], v.detach() / 5)
assert torch.allclose(grad(torch.linalg.vector_norm(v), v)[0], v.detach() / 5)
