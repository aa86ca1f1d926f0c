import torch

a = torch.ones((2, 2))
print(a.requires_grad)

a.requires_grad_()  # in place: the trailing underscore says so
print(a.requires_grad)

b = torch.ones((2, 2))
b.requires_grad = True  # the same switch, as an attribute
print(b.requires_grad)
