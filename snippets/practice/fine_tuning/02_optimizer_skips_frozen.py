import torch
from torch import nn

torch.manual_seed(0)
backbone, head = nn.Linear(2, 2), nn.Linear(2, 1)
model = nn.Sequential(backbone, head)
backbone.requires_grad_(False)

optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, weight_decay=0.1)
frozen_before = backbone.weight.clone()
head_before = head.weight.detach().clone()
model(torch.tensor([[1.0, 2.0]])).sum().backward()
optimizer.step()

print("backbone unchanged:", torch.equal(backbone.weight, frozen_before))
names = {p: name for name, p in model.named_parameters()}
print("optimizer state for:", [names[p] for p in optimizer.state])
by_hand = head_before - 0.1 * (head.weight.grad + 0.1 * head_before)
assert torch.allclose(head.weight, by_hand)

trainable = [p for p in model.parameters() if p.requires_grad]
print("trainable tensors to pass instead:", len(trainable))

# Frozen: not moved, not even by weight decay, and no momentum state.
assert torch.equal(backbone.weight, frozen_before)
assert not any(p in optimizer.state for p in backbone.parameters())
