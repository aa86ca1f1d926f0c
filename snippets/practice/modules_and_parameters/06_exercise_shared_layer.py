import torch
from torch import nn


class Twice(nn.Module):
    def __init__(self):
        super().__init__()
        self.layer = nn.Linear(1, 1, bias=False)

    def forward(self, x):
        return self.layer(self.layer(x))  # the same weight, used twice


model = Twice()
with torch.no_grad():
    model.layer.weight.fill_(3.0)
x = torch.tensor([[2.0]])
model(x).sum().backward()

print("parameters:", [name for name, _ in model.named_parameters()])
by_hand = 2 * 3.0 * 2.0  # d(a * a * x)/da = 2 a x
print("autograd:", model.layer.weight.grad.item(), " by hand:", by_hand)
assert model.layer.weight.grad.item() == by_hand
assert len(list(model.parameters())) == 1  # registered once, however often used
