import torch

x = torch.ones(2, requires_grad=True)
y = 5 * (x + 1) ** 2

print(x)
print(y)
assert torch.equal(y, torch.tensor([20.0, 20.0]))  # 5 * (1 + 1)**2 per entry
