import torch

torch.manual_seed(0)
w = torch.randn(4, 6, requires_grad=True)
x = torch.randn(2, 4)

q, k, v = (x @ w).chunk(3, dim=-1)  # three views of one tensor
try:
    q *= 0.5  # scale the queries in place
except RuntimeError as error:
    print(f"RuntimeError: {error}")
