import torch

x = torch.tensor([0.0, 1.0, 4.0], requires_grad=True)
torch.sqrt(x).sum().backward()

by_hand = 1 / (2 * torch.sqrt(x.detach()))  # d/dx sqrt(x) = 1 / (2 sqrt(x))
print("by hand: ", by_hand)
print("autograd:", x.grad)
assert torch.equal(x.grad, by_hand)
