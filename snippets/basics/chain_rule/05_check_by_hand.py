import torch

x = torch.tensor([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]], requires_grad=True)
out = (2 * (3 * x + 2) ** 2).mean()
out.backward()

by_hand = 2 * (3 * x.detach() + 2)  # d out/dx_i = 2(3x_i + 2)
print("by hand:")
print(by_hand)
print("autograd:")
print(x.grad)
assert torch.equal(by_hand, x.grad)
