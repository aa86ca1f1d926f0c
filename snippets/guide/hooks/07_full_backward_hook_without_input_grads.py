import torch
from torch import nn

layer = nn.Linear(2, 1, bias=False)
layer.register_full_backward_hook(lambda m, grad_in, grad_out: print(grad_in))

x = torch.tensor([[2.0, 3.0]])  # a data batch: does not require grad
layer(x).sum().backward()
