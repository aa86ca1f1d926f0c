import torch
from torch import nn


class Scaler(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = nn.Parameter(torch.tensor(2.0))  # registered
        self.linear = nn.Linear(3, 1)  # a submodule: its parameters count too
        self.offset = torch.tensor(1.0)  # a plain tensor: not registered

    def forward(self, x):
        return self.scale * self.linear(x) + self.offset


model = Scaler()
for name, p in model.named_parameters():
    print(f"{name:14} {tuple(p.shape)}")
print("parameters():", len(list(model.parameters())), "tensors")
print("offset requires grad:", model.offset.requires_grad)
