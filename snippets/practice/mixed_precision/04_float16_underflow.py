import torch

tiny = torch.finfo(torch.float16).smallest_normal  # 2**-14
subnormal = 2.0**-24  # the smallest positive float16
print(
    f"smallest normal {tiny:.2g}, subnormal {subnormal:.3g}, half {subnormal / 2:.3g}"
)

# 1e-8 is below half the smallest float16 (2**-25 ~ 2.98e-8): it rounds to 0.
grad = torch.tensor(1e-8)
print(grad.half())
assert grad.half().item() == 0.0 and 1e-8 < 2.0**-25

# Multiplied by 2**16 first, it is 6.5536e-4, well inside float16's range,
# and dividing by 2**16 again in float32 gives back 1e-8 (to float16 precision).
assert abs(1e-8 * 2**16 - 6.5536e-4) < 1e-15
scaled = (grad * 2**16).half()
print(scaled, scaled.float() / 2**16)
assert torch.allclose(scaled.float() / 2**16, grad, rtol=2**-11, atol=0)

# By hand: 5 exponent bits (bias 15) give a smallest normal 2**(1 - 15), and 10
# fraction bits below it a smallest subnormal 2**-14 * 2**-10 = 2**-24.
assert tiny == 2.0 ** (1 - 15) and tiny * 2.0**-10 == subnormal
assert torch.tensor(subnormal).half() == subnormal  # representable,
assert torch.tensor(subnormal / 2).half() == 0  # and half of it rounds to 0
# 11 significant bits in float16, 8 in bfloat16: the step above 1 is 2**(1 - bits).
assert torch.finfo(torch.float16).eps == 2.0 ** (1 - 11)
assert torch.finfo(torch.bfloat16).eps == 2.0 ** (1 - 8)
# bfloat16 has float32's 8 exponent bits (bias 127): the same smallest normal.
assert torch.finfo(torch.bfloat16).tiny == torch.finfo(torch.float32).tiny == 2.0**-126
