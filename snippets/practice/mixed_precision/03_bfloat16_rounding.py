import torch

# bfloat16 keeps 8 significant bits. 1/3 lies in [1/4, 1/2), where
# consecutive bfloat16 numbers are 2**-2 * 2**-7 = 2**-9 apart.
assert torch.finfo(torch.float32).eps == 2.0 ** (1 - 24)  # float32: 24 bits
quarter = torch.tensor(0.25).bfloat16()
assert torch.nextafter(quarter, torch.tensor(1.0).bfloat16()) - quarter == 2.0**-9
print(f"1/3 * 2**9 = {(1 / 3) * 2**9:.2f}")
by_hand = round((1 / 3) * 2**9) / 2**9  # nearest multiple of 2**-9: 171/512
rounded = torch.tensor(1 / 3).bfloat16().item()
print(rounded, by_hand, 171 / 512)
assert rounded == by_hand == 171 / 512

# The error is at most half the spacing: 1/1536 <= 2**-10.
error = abs(rounded - 1 / 3)
print(f"error {error:.3e} = 1/1536 = {1 / 1536:.3e}, half the spacing {2**-10:.3e}")
assert abs(error - 1 / 1536) < 1e-12 and error <= 2**-10
