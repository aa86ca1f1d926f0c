import torch

x = torch.tensor([0.0, 1.0, 4.0], requires_grad=True)
positive = x > 0
safe_x = torch.where(positive, x, 1.0)  # log never sees a 0
y = torch.where(positive, torch.log(safe_x), 0.0)

y.sum().backward()
print("y:      ", y)
print("x.grad: ", x.grad)
# d/dx log x = 1 / x where x > 0; the replaced entry gets 0
by_hand = torch.where(positive, 1 / x.detach(), 0.0)
print("by hand:", by_hand)
assert torch.equal(x.grad, by_hand)
