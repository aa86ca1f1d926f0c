import torch
from torch import nn

torch.manual_seed(0)
p = 0.5
dropout = nn.Dropout(p)
x = torch.ones(8)

train_out = dropout(x)
print("train:", train_out)
kept = train_out[train_out != 0]
# every kept entry is 1 / (1 - p)
assert torch.equal(kept, torch.full_like(kept, 1 / (1 - p)))

dropout.eval()
print("eval: ", dropout(x))
assert torch.equal(dropout(x), x)
