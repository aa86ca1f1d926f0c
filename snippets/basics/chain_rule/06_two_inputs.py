import torch

x1 = torch.tensor([1.0], requires_grad=True)
x2 = torch.tensor([2.0], requires_grad=True)
y1 = 5 * x1 + 3 * x2
y2 = 2 * x1 + x2
z = y1 * y2

print(x1, x2)
print(y1, y2)
print(z)
by_hand = (5 * 1 + 3 * 2) * (2 * 1 + 2)  # y1 * y2 at x1 = 1, x2 = 2
print("by hand:", by_hand)
assert z.item() == by_hand
assert (y1.item(), y2.item()) == (5 * 1 + 3 * 2, 2 * 1 + 2)  # 11 and 4
