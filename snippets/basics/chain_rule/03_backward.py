import torch

x = torch.tensor([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]], requires_grad=True)
y = 3 * x + 2
z = 2 * y**2
out = z.mean()

out.backward()
print(x)  # unchanged
print(x.grad)  # filled in
