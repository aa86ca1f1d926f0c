import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True) * 0.01  # scaled after creation

try:
    torch.optim.SGD([w], lr=0.1)
except ValueError as error:
    print(f"ValueError: {error}")
print("w is a leaf:", w.is_leaf, "| grad_fn:", w.grad_fn)
