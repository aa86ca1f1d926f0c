import torch

x = torch.tensor([-1.0, 0.0, 1.0], requires_grad=True)
torch.abs(x).sum().backward()

print("x.grad:    ", x.grad)
print("sign(x):   ", torch.sign(x.detach()))
assert torch.equal(x.grad, torch.sign(x.detach()))  # sign(0) = 0
