import torch

inf, nan = torch.tensor(float("inf")), torch.tensor(float("nan"))
print("0 * inf =", 0 * inf)
print("0 * nan =", 0 * nan)
print("0 / 0   =", torch.tensor(0.0) / 0)
