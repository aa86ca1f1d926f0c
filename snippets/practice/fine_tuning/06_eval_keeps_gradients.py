import torch
from torch import nn

model = nn.Sequential(nn.Linear(2, 1, bias=False), nn.Dropout(0.5))
with torch.no_grad():
    model[0].weight.fill_(1.0)
x = torch.tensor([[3.0, 4.0]])

model.eval()  # dropout now returns its input unchanged
out = model(x)
out.sum().backward()
print("eval: out", out.item(), " weight.grad", model[0].weight.grad)
assert torch.equal(model[0].weight.grad, x)  # d(w . x)/dw = x

model.train()
torch.manual_seed(0)
outs = [model(x).item() for _ in range(4)]
print("train:", outs)
assert set(outs) <= {0.0, 7 / 0.5}  # dropped, or kept and scaled by 1 / (1 - p)
