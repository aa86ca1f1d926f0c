import torch

t1 = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
t2 = torch.tensor([[5.0, 6.0], [7.0, 8.0]], requires_grad=True)
y = (t1 + 2 * t2).mean()
y.backward()

n = t1.numel()  # N = 4
print("1/N =", 1 / n, "and t1.grad is")
print(t1.grad)
print("2/N =", 2 / n, "and t2.grad is")
print(t2.grad)
assert torch.equal(t1.grad, torch.full((2, 2), 1 / n))
assert torch.equal(t2.grad, torch.full((2, 2), 2 / n))
