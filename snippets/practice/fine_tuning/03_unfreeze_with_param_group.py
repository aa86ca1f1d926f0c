import torch
from torch import nn

torch.manual_seed(0)
backbone, head = nn.Linear(2, 2), nn.Linear(2, 1)
model = nn.Sequential(backbone, head)
backbone.requires_grad_(False)
optimizer = torch.optim.SGD(head.parameters(), lr=0.1)
x = torch.tensor([[1.0, 2.0]])

for step in range(3):
    if step == 2:  # unfreeze, and train the backbone more gently than the head
        backbone.requires_grad_(True)
        optimizer.add_param_group({"params": backbone.parameters(), "lr": 0.01})
    optimizer.zero_grad()
    before = backbone.weight.detach().clone()
    model(x).sum().backward()
    optimizer.step()
    changed = not torch.equal(before, backbone.weight)
    print(f"step {step}: backbone changed: {changed}")

print("learning rates:", [group["lr"] for group in optimizer.param_groups])
by_hand = before - 0.01 * backbone.weight.grad
assert torch.allclose(backbone.weight, by_hand)
