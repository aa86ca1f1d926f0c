import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
values = x.detach()

print(values.data_ptr() == x.data_ptr())  # the same memory
values[0] = 100.0  # an in-place change to the detached tensor...
print(x)  # ...shows up in the original
