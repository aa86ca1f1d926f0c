import torch
from torch.func import jacrev

x = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
jacobian = jacrev(lambda z: torch.softmax(z, dim=0))(x)

s = torch.exp(x) / torch.exp(x).sum()
by_hand = torch.diag(s) - torch.outer(s, s)  # ds_i/dx_j = s_i (delta_ij - s_j)
print("by hand:\n", by_hand)
print("jacrev:\n", jacobian)
assert torch.allclose(jacobian, by_hand)
