import torch

x = torch.tensor([-1.0, 0.0, 1.0], requires_grad=True)
torch.relu(x).sum().backward()

print("x:      ", x.detach())
print("x.grad: ", x.grad)
assert torch.equal(x.grad, (x.detach() > 0).float())  # 1 where x > 0, else 0
