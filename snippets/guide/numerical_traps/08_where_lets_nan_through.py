import torch

x = torch.tensor([-1.0, 0.0, 4.0], requires_grad=True)
y = torch.where(x > 0, torch.sqrt(x), 0.0)  # sqrt is still computed everywhere
y.sum().backward()
print("y:       ", y.detach())
print("autograd:", x.grad)

# where passes 1 to the branch it picked and 0 to the other; sqrt's
# derivative 1 / (2 sqrt(x)) is nan at -1 and inf at 0, times 0 is nan
picked = (x.detach() > 0).float()
by_hand = picked * (1 / (2 * torch.sqrt(x.detach())))
print("by hand: ", by_hand)
assert torch.allclose(x.grad, by_hand, equal_nan=True)
