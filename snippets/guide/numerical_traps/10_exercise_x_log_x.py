import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
torch.where(x > 0, x * torch.log(x), 0.0).sum().backward()
print("single where:", x.grad)

x.grad = None
positive = x > 0
safe_x = torch.where(positive, x, 1.0)
y = torch.where(positive, safe_x * torch.log(safe_x), 0.0)  # 0 at x = 0
y.sum().backward()

by_hand = torch.where(positive, torch.log(x.detach()) + 1, 0.0)  # log x + 1
print("double where:", x.grad)
print("by hand:     ", by_hand)
assert torch.allclose(x.grad, by_hand)
