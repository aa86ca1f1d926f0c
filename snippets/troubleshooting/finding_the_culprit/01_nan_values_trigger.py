import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([1.0, 2.0])  # the same point: the distance is 0

with torch.autograd.detect_anomaly():
    squared = (a - b).pow(2)
    distance = squared.sum().sqrt()
    try:
        distance.backward()
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
