import torch
from torch import nn

embedding = nn.Embedding(5, 2, sparse=True)  # 5 rows of 2 numbers
with torch.no_grad():
    embedding.weight.copy_(torch.arange(10.0).reshape(5, 2))

rows = torch.tensor([1, 3, 1])  # row 1 is looked up twice
embedding(rows).sum().backward()
grad = embedding.weight.grad
print("layout:", grad.layout, " shape:", tuple(grad.shape))
print("coalesced:", grad.is_coalesced())  # not yet: row 1 is listed twice
print("rows:  ", grad._indices()[0])  # indices() refuses an uncoalesced tensor
print("values:", grad._values().tolist())
grad = grad.coalesce()  # merge the repeated rows by adding them
print("after coalesce():", grad.indices()[0], grad.values().tolist())
dense = torch.tensor([[0, 0], [2, 2], [0, 0], [1, 1], [0, 0.0]])
assert torch.equal(grad.to_dense(), dense)
