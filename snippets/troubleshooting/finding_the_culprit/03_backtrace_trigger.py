import torch

w = torch.tensor([1.0, -1.0], requires_grad=True)

with torch.autograd.set_detect_anomaly(True, check_nan=False):  # as the hint says
    h = torch.sigmoid(w)
    scores = h * 3
    h += 1  # the culprit: sigmoid saved h
    try:
        (scores + h).sum().backward()
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
