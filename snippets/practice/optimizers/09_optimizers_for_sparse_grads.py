import torch
from torch import nn

for optimizer_class in (torch.optim.SGD, torch.optim.SparseAdam, torch.optim.Adam):
    embedding = nn.Embedding(5, 2, sparse=True)
    with torch.no_grad():
        embedding.weight.fill_(1.0)
    optimizer = optimizer_class(embedding.parameters(), lr=0.1)
    embedding(torch.tensor([1, 3])).sum().backward()
    name = optimizer_class.__name__
    try:
        optimizer.step()
        assert optimizer_class is not torch.optim.Adam  # Adam must refuse
        print(f"{name}: first column now {embedding.weight[:, 0].detach()}")
        expected = torch.tensor([1.0, 0.9, 1.0, 0.9, 1.0])  # rows 1 and 3 move by 0.1
        assert torch.allclose(embedding.weight[:, 0], expected)
    except RuntimeError as error:
        print(f"{name}: RuntimeError: {error}")
