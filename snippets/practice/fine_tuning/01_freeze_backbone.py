import torch
from torch import nn

backbone, head = nn.Linear(2, 2), nn.Linear(2, 1)
with torch.no_grad():  # readable numbers instead of a random initialization
    backbone.weight.copy_(torch.tensor([[1.0, 0.0], [1.0, 1.0]]))
    backbone.bias.zero_()
    head.weight.copy_(torch.tensor([[1.0, -1.0]]))
    head.bias.zero_()
model = nn.Sequential(backbone, head)
backbone.requires_grad_(False)  # freeze: every backbone parameter stops requiring grad
print("trainable:", [name for name, p in model.named_parameters() if p.requires_grad])

x, target = torch.tensor([[1.0, 2.0]]), torch.tensor([[0.0]])
out = model(x)  # features [1, 3], out 1 - 3 = -2
((out - target) ** 2).sum().backward()
print("backbone.weight.grad:", backbone.weight.grad)

features = backbone(x)  # a constant as far as the head is concerned
by_hand = 2 * (out.detach() - target) * features
print("head.weight.grad:", head.weight.grad, " by hand:", by_hand)
assert torch.equal(head.weight.grad, by_hand)

# By hand: f = [1, 3], o = 1 - 3 = -2, gradient 2 * (-2) * [1, 3] = [-4, -12].
assert torch.equal(features, torch.tensor([[1.0, 3.0]])) and out.item() == -2.0
assert torch.equal(head.weight.grad, torch.tensor([[-4.0, -12.0]]))
