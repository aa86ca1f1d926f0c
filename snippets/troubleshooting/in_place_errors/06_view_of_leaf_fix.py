import torch

torch.manual_seed(0)
embedding = torch.randn(4, 2, requires_grad=True)

with torch.no_grad():  # initialisation is not part of the graph
    embedding[0] = 0.0

print(embedding)
