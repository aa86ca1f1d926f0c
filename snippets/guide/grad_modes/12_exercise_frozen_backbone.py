import torch
from torch import nn

torch.manual_seed(0)
backbone, head = nn.Linear(4, 3), nn.Linear(3, 1)
x = torch.randn(2, 4)

with torch.no_grad():
    features = backbone(x)  # no graph through the backbone
out = head(features)
loss = out.pow(2).mean()
loss.backward()

print("backbone.weight.grad:", backbone.weight.grad)
by_hand = (2 * out.detach() * features).mean(dim=0, keepdim=True)
print("head.weight.grad:", head.weight.grad)
print("by hand:         ", by_hand)
assert torch.allclose(head.weight.grad, by_hand)
