import torch
from torch import nn

model = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
with torch.no_grad():
    model[0].weight.copy_(torch.tensor([[1.0, 0.0], [1.0, 1.0]]))
    model[0].bias.zero_()
    model[1].weight.copy_(torch.tensor([[1.0, -1.0]]))
    model[1].bias.zero_()
for name, p in model.named_parameters():
    p.requires_grad_(name.endswith("bias"))
optimizer = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.1)

model(torch.tensor([[1.0, 2.0]])).sum().backward()
optimizer.step()
for name, p in model.named_parameters():
    print(f"{name:9} {p.detach().flatten()}")
assert torch.allclose(
    model[0].bias, -0.1 * torch.tensor([1.0, -1.0])
)  # grad = head weight
assert torch.allclose(model[1].bias, torch.tensor([-0.1]))  # grad = 1
# The weights do not move: they keep the values copied in above.
assert torch.equal(model[0].weight, torch.tensor([[1.0, 0.0], [1.0, 1.0]]))
assert torch.equal(model[1].weight, torch.tensor([[1.0, -1.0]]))
