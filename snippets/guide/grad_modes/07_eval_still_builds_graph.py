import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
model.eval()  # a mode flag for layers, not a grad mode

out = model(torch.ones(1, 3))
print("training:", model.training, "| out.grad_fn:", out.grad_fn)

out.sum().backward()
print("weight.grad:", model.weight.grad)
assert torch.equal(model.weight.grad, torch.ones(1, 3))  # d(w . x + b)/dw = x
