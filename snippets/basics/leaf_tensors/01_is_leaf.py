import torch

x1 = torch.tensor([1.0], requires_grad=True)
x2 = torch.tensor([2.0], requires_grad=True)
y1 = 5 * x1 + 3 * x2
y2 = 2 * x1 + x2
z = y1 * y2

print("x1", x1.is_leaf, "x2", x2.is_leaf)
print("y1", y1.is_leaf, "y2", y2.is_leaf)
print("z ", z.is_leaf)
