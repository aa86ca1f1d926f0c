import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
snapshot = torch.tensor(w)  # keep a copy of the current weights

print(snapshot)
