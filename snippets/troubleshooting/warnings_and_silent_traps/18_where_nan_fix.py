import torch

x = torch.tensor([0.0, 1.0, 4.0], requires_grad=True)
positive = x > 0
safe_x = torch.where(positive, x, 1.0)  # log never sees a 0
y = torch.where(positive, torch.log(safe_x), 0.0)

y.sum().backward()
print("y:     ", y)
print("x.grad:", x.grad)
