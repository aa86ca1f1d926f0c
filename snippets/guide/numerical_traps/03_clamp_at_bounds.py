import torch
import torch.nn.functional as F

values = torch.tensor([-0.5, 0.0, 0.5, 1.0, 1.5])

x = values.clone().requires_grad_()
x.clamp(0.0, 1.0).sum().backward()
print("clamp(x, 0, 1):   ", x.grad)
assert torch.equal(x.grad, ((values >= 0) & (values <= 1)).float())  # [0, 1]

x = values.clone().requires_grad_()
F.hardtanh(x, 0.0, 1.0).sum().backward()  # the same function of x
print("hardtanh(x, 0, 1):", x.grad)
assert torch.equal(x.grad, ((values > 0) & (values < 1)).float())  # (0, 1)
