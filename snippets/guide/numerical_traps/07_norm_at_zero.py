import torch

z = torch.zeros(2, requires_grad=True)
torch.sqrt((z**2).sum()).backward()  # gradient z / |z|: 0 / 0 at z = 0
print("sqrt(sum(z**2)):", z.grad)

z.grad = None
torch.linalg.vector_norm(z).backward()  # the same value, with 0 chosen at z = 0
print("vector_norm(z): ", z.grad)
