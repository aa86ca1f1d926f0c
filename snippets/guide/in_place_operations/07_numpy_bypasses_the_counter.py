import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)
y = torch.sigmoid(x)  # saves its output y for backward
print("version before:", y._version)

# The NumPy array shares y's memory, and NumPy knows nothing of the counter.
y.detach().numpy()[0] = 5.0
print("version after: ", y._version)

y.sum().backward()
# Backward used the overwritten 5.0: 5 * (1 - 5) = -20, not sigmoid'(0) = 0.25.
saved = y.detach()
by_hand = saved * (1 - saved)
print("x.grad: ", x.grad)
print("by hand:", by_hand)
assert torch.allclose(x.grad, by_hand)

# By hand: sigmoid'(0) = 0.5 * (1 - 0.5) = 0.25, what an untouched graph gives.
x0 = torch.tensor(0.0, requires_grad=True)
torch.sigmoid(x0).backward()
assert x0.grad.item() == 0.5 * (1 - 0.5)
