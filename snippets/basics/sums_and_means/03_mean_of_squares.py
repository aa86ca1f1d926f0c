import torch

a = torch.ones((2, 2)).requires_grad_()
b = a**2
c = b.mean()
c.backward()

print(c)
by_hand = 2 * a.detach() / 4  # dc/da_ij = 2a_ij / N with N = 4
print("by hand:")
print(by_hand)
print("autograd:")
print(a.grad)
assert c.item() == (1 + 1 + 1 + 1) / 4  # the mean of four squared ones
assert torch.equal(by_hand, a.grad)
