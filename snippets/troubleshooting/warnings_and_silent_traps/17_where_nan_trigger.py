import torch

x = torch.tensor([0.0, 1.0, 4.0], requires_grad=True)
y = torch.where(x > 0, torch.log(x), 0.0)  # "safe" log: 0 where x is 0

y.sum().backward()
print("y:     ", y)
print("x.grad:", x.grad)
