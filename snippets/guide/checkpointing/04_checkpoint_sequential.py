import torch
from torch import nn
from torch.utils.checkpoint import checkpoint_sequential

torch.manual_seed(0)
model = nn.Sequential(*[m for _ in range(8) for m in (nn.Linear(16, 16), nn.Tanh())])
x = torch.randn(5, 16)

model(x).sum().backward()
plain = [p.grad for p in model.parameters()]
model.zero_grad(set_to_none=True)

checkpoint_sequential(model, 4, x, use_reentrant=False).sum().backward()
same = [torch.equal(g, p.grad) for g, p in zip(plain, model.parameters(), strict=True)]
print(f"{sum(same)} of {len(same)} parameter gradients identical")
assert all(same)
