import torch

for_sum = torch.zeros(8, requires_grad=True)
for_mean = torch.zeros(8, requires_grad=True)
for_sum.sum().backward()
for_mean.mean().backward()

print("sum: ", for_sum.grad)
print("mean:", for_mean.grad)
assert torch.equal(for_sum.grad, torch.ones(8))
assert torch.equal(for_mean.grad, torch.full((8,), 1 / 8))
