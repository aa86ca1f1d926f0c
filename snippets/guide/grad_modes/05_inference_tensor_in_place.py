import torch

with torch.inference_mode():
    counts = torch.zeros(2)
    counts.add_(1)  # fine: still inside the mode

try:
    counts.add_(1)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
