import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)
y = x.sigmoid()
y = y * 2  # a new tensor: the saved sigmoid output stays untouched

y.sum().backward()
s = torch.sigmoid(x.detach())
by_hand = 2 * s * (1 - s)  # d/dx 2 sigmoid(x) = 2 sigmoid(x) (1 - sigmoid(x))
print("by hand: ", by_hand)
print("autograd:", x.grad)
assert torch.allclose(x.grad, by_hand)
