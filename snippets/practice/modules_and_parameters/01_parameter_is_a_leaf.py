import torch
from torch import nn

w = nn.Parameter(torch.tensor([1.0, 2.0]))
print(w)
print("is a tensor:   ", isinstance(w, torch.Tensor))
print("requires_grad: ", w.requires_grad)
print("is_leaf:       ", w.is_leaf)
print("grad_fn:       ", w.grad_fn)
print("grad:          ", w.grad)
