import torch

x = torch.ones(2, requires_grad=True)
print(x.grad)

try:
    x.grad.zero_()
except AttributeError as error:
    print(f"AttributeError: {error}")
