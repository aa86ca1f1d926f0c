import torch

x = torch.tensor([0.0, 4.0], requires_grad=True)

with torch.autograd.detect_anomaly():
    scaled = x * 2
    y = torch.where(scaled > 0, torch.sqrt(scaled), 0.0)
    loss = (y * 3).sum()
    try:
        loss.backward()
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
