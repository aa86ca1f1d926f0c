import torch
from torch import nn

model = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1, bias=False))
with torch.no_grad():
    model[0].weight.copy_(torch.tensor([[1.0, -1.0], [2.0, 1.0]]))
    model[0].bias.copy_(torch.tensor([0.0, -6.0]))
    model[2].weight.copy_(torch.tensor([[3.0, -2.0]]))
x, target = torch.tensor([2.0, 1.0]), torch.tensor([1.0])

loss = ((model(x) - target) ** 2).sum()
loss.backward()

W1, b1, W2 = model[0].weight.detach(), model[0].bias.detach(), model[2].weight.detach()
z = W1 @ x + b1  # [1, -1]
h = z.relu()  # [1, 0]
d_out = 2 * (W2 @ h - target)  # 2 * (3 - 1) = 4
d_z = torch.where(z > 0, W2.T @ d_out, 0.0)  # ReLU passes it only where z > 0
by_hand = {"0.weight": d_z.outer(x), "0.bias": d_z, "2.weight": d_out.outer(h)}
for name, p in model.named_parameters():
    print(f"{name:9} autograd {p.grad.flatten().tolist()}")
    print(f"{'':9} by hand  {by_hand[name].flatten().tolist()}")
    assert torch.equal(p.grad, by_hand[name])

# By hand: z = [2 - 1, 4 + 1 - 6] = [1, -1], h = [1, 0], o = 3 * 1 = 3,
# dL/do = 2 * (3 - 1) = 4 and dL/dz = [4 * 3, 0] = [12, 0].
assert z.tolist() == [1.0, -1.0] and h.tolist() == [1.0, 0.0]
assert model(x).item() == 3.0
assert d_out.item() == 4.0 and d_z.tolist() == [12.0, 0.0]
