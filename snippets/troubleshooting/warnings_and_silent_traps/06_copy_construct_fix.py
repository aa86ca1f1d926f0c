import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
snapshot = w.detach().clone()  # no graph, own memory

print(snapshot)
