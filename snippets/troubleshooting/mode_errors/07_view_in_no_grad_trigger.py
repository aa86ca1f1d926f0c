import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = x * 2

with torch.no_grad():
    head = h[:2]  # a view taken without tracking

try:
    head.mul_(10)  # ...modified with tracking on
except RuntimeError as error:
    print(f"RuntimeError: {error}")
