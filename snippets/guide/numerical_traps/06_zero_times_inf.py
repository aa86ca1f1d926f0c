import torch

inf, nan = torch.tensor(float("inf")), torch.tensor(float("nan"))
print("0 * inf =", 0 * inf)
print("0 * nan =", 0 * nan)
print("0 / 0   =", torch.tensor(0.0) / 0)
# IEEE 754 floating point: all three are NaN, not 0.
assert all(torch.isnan(r) for r in (0 * inf, 0 * nan, torch.tensor(0.0) / 0))
