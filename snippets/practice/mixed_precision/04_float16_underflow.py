import torch

tiny = torch.finfo(torch.float16).smallest_normal  # 2**-14
subnormal = 2.0**-24  # the smallest positive float16
print(
    tiny == 2.0**-14, torch.tensor(subnormal, dtype=torch.float16).item() == subnormal
)

# 1e-8 is below half the smallest float16 (2**-25 ~ 2.98e-8): it rounds to 0.
grad = torch.tensor(1e-8)
print(grad.half())
assert grad.half().item() == 0.0 and 1e-8 < 2.0**-25

# Multiplied by 2**16 first, it is 6.5536e-4, well inside float16's range,
# and dividing by 2**16 again in float32 gives back 1e-8 (to float16 precision).
scaled = (grad * 2**16).half()
print(scaled, scaled.float() / 2**16)
assert torch.allclose(scaled.float() / 2**16, grad, rtol=2**-11, atol=0)
