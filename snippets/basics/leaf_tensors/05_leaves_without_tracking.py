import torch

data = torch.tensor([1.0, 2.0])  # no requires_grad: a leaf by convention
doubled = data * 2  # computed, but from nothing that tracks gradients

print(data.is_leaf, data.requires_grad, data.grad)
print(doubled.is_leaf, doubled.requires_grad, doubled.grad_fn)
