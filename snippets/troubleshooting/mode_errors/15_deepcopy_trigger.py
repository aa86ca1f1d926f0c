import copy

import torch


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = torch.nn.Linear(3, 1)

    def forward(self, x):
        self.last_output = self.linear(x)  # kept for logging: a graph node
        return self.last_output


torch.manual_seed(0)
model = Net()
model(torch.randn(2, 3))
try:
    copy.deepcopy(model)  # e.g. for an averaged copy of the weights
except RuntimeError as error:
    print(f"RuntimeError: {error}")
