import torch

x = torch.tensor(2.0, requires_grad=True)
features = torch.stack([x**2, x**3])  # a differentiable operation

print(features)
features.sum().backward()
print("x.grad:", x.grad)  # 2x + 3x^2 at x = 2
