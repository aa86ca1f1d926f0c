import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x**2
y.register_hook(lambda grad: print("gradient reaching y:", grad))
seen = []
y.register_hook(seen.append)  # also keep that gradient, to check it below
loss = (3 * y).sum()

loss.backward()
print("x.grad:", x.grad)
assert torch.equal(x.grad, 3 * 2 * x.detach())  # dL/dx = dL/dy * dy/dx = 3 * 2x
assert torch.equal(seen[0], torch.full((2,), 3.0))  # By hand: dL/dy_i = 3
