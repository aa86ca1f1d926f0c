import torch
import torch.nn.functional as F

torch.manual_seed(0)
model = torch.nn.Linear(3, 2)
x, target = torch.randn(4, 3), torch.randn(4, 2)

with torch.autocast("cpu", dtype=torch.bfloat16):
    h = model(x)  # on autocast's low-precision list: runs in bfloat16
    a = torch.relu(h)  # not on any list: follows its input
    loss = F.mse_loss(a, target)  # on the float32 list: upcast
    print("linear:  ", h.dtype)
    print("relu:    ", a.dtype)
    print("mse_loss:", loss.dtype)
print("weight:  ", model.weight.dtype)

assert (h.dtype, a.dtype, loss.dtype) == (torch.bfloat16, torch.bfloat16, torch.float32)
assert model.weight.dtype == torch.float32  # autocast casts a copy, not the weight
