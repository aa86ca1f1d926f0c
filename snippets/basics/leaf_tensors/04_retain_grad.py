import torch

x1 = torch.tensor([1.0], requires_grad=True)
x2 = torch.tensor([2.0], requires_grad=True)
y1 = 5 * x1 + 3 * x2
y2 = 2 * x1 + x2
z = y1 * y2
for tensor in (y1, y2, z):
    tensor.retain_grad()
z.backward()

print("dz/dy1 by hand:", y2.item(), "autograd:", y1.grad)
print("dz/dy2 by hand:", y1.item(), "autograd:", y2.grad)
print("dz/dz  by hand:", 1.0, "autograd:", z.grad)
assert y1.grad.item() == y2.item() and y2.grad.item() == y1.item()
assert z.grad.item() == 1.0
assert (y1.item(), y2.item()) == (5 * 1 + 3 * 2, 2 * 1 + 2)  # 11 and 4
