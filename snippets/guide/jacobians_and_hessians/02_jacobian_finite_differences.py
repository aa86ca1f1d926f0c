import torch


def f(x):
    return torch.stack([x[0] * x[1] * x[2], x[0] ** 2 + 3 * x[2]])


torch.manual_seed(0)
x = torch.randn(3, dtype=torch.float64)
h = 1e-6

# Column j: how all outputs change when x_j alone moves (central differences).
columns = []
for j in range(3):
    step = torch.zeros(3, dtype=torch.float64)
    step[j] = h
    columns.append((f(x + step) - f(x - step)) / (2 * h))
numeric = torch.stack(columns, dim=1)

jacobian = torch.autograd.functional.jacobian(f, x)
print("finite differences:\n", numeric)
print("autograd:\n", jacobian)
assert torch.allclose(jacobian, numeric)
