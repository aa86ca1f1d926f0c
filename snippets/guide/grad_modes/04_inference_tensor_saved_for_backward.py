import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.inference_mode():
    scale = torch.tensor([3.0, 4.0])

print("x + scale:", x + scale)  # addition saves nothing for backward

try:
    x * scale  # multiplication must save scale: d(x * scale)/dx = scale
except RuntimeError as error:
    print(f"RuntimeError: {error}")
