import torch

x1 = torch.tensor([1.0], requires_grad=True)
x2 = torch.tensor([2.0], requires_grad=True)
y1 = 5 * x1 + 3 * x2
y2 = 2 * x1 + x2
z = y1 * y2

print("x1:", x1.grad_fn)
print("x2:", x2.grad_fn)
print("y1:", y1.grad_fn)
print("y2:", y2.grad_fn)
print("z: ", z.grad_fn)
