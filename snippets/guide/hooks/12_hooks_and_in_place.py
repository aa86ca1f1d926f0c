import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = a.clone()
before, after = [], []  # the hooks below also keep what they see
b.register_hook(lambda grad: print("hook registered before mul_:", grad))
b.register_hook(before.append)
b.mul_(3)  # b now holds 3a; the graph gets a new node for it
b.register_hook(lambda grad: print("hook registered after mul_: ", grad))
b.register_hook(after.append)

b.sum().backward()  # L = sum(new b) = sum(3 * old b)
print("a.grad:", a.grad)
assert torch.equal(a.grad, torch.tensor([3.0, 3.0]))
# By hand: dL/db_new = 1, and dL/db_old = 3 * dL/db_new = 3.
assert torch.equal(after[0], torch.ones(2))
assert torch.equal(before[0], 3 * torch.ones(2))
