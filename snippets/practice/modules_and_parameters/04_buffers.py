import torch
from torch import nn


class Counter(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.tensor(3.0))
        self.register_buffer("calls", torch.tensor(0))  # state, not a parameter

    def forward(self, x):
        self.calls += 1
        return self.weight * x


model = Counter()
model(torch.tensor(2.0)).backward()
model(torch.tensor(2.0)).backward()
print("parameters:", [name for name, _ in model.named_parameters()])
print("buffers:   ", [name for name, _ in model.named_buffers()])
print("state_dict:", model.state_dict())
print(
    "calls.requires_grad:", model.calls.requires_grad, " calls.grad:", model.calls.grad
)
print("weight.grad:", model.weight.grad)
assert model.weight.grad.item() == 2 + 2  # each call adds d(w * x)/dw = x = 2
# The buffer counted both calls, and autograd ignored it.
assert model.calls.item() == 2 and model.calls.grad is None
