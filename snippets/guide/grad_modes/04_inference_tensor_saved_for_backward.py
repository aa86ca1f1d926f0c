import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.inference_mode():
    scale = torch.tensor([3.0, 4.0])

print("x + scale:", x + scale)  # addition saves nothing for backward

try:
    x * scale  # multiplication must save scale: d(x * scale)/dx = scale
except RuntimeError as error:
    print(f"RuntimeError: {error}")

# By hand: d(x + scale)/dx = 1 for each entry, so backward needs nothing saved.
(x + scale).sum().backward()
assert torch.equal(x.grad, torch.ones(2))
