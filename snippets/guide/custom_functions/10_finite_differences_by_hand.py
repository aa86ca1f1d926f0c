import torch

eps = 1e-6  # gradcheck's default step
estimate = {}
for dtype in (torch.float64, torch.float32):
    x = torch.tensor(1.0, dtype=dtype)
    estimate[dtype] = ((x + eps) ** 3 - (x - eps) ** 3) / (2 * eps)
    print(f"{dtype}: {estimate[dtype].item():.6f}  (exact: 3)")

assert abs(estimate[torch.float64].item() - 3) < 1e-6
assert abs(estimate[torch.float32].item() - 3) > 1e-2

x = torch.tensor(1.0, dtype=torch.float32)
print("float32 spacing at 1.0:", torch.finfo(torch.float32).eps)
print("1.0 + 1e-6 in float32: ", f"{(x + eps).item():.10f}")

# By hand: the spacing is 2^-23, so a step of 1e-6 is about 8 spacings, and
# 1 + 1e-6 is stored as the nearest float32, 1 + 8 * 2^-23, not 1 + 1e-6.
spacing = torch.finfo(torch.float32).eps
assert spacing == 2**-23 and round(eps / spacing) == 8
assert (x + eps).item() == 1 + 8 * 2**-23 and (x + eps).item() != 1 + eps
