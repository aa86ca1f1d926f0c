import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
inputs, targets = torch.randn(8, 3), torch.randn(8, 1)
loss_fn = torch.nn.MSELoss()
max_norm, k = 0.5, 4

loss_fn(model(inputs), targets).backward()
norm_big = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm)
big = [p.grad.clone() for p in model.parameters()]

model.zero_grad()
for x, t in zip(inputs.chunk(k), targets.chunk(k), strict=True):
    (loss_fn(model(x), t) / k).backward()
norm_accum = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm)  # once
print(f"norm before clipping: big {norm_big:.4f}, accumulated {norm_accum:.4f}")
print("big batch, clipped:  ", big[0])
print("accumulated, clipped:", model.weight.grad)
assert all(
    torch.allclose(p.grad, g) for p, g in zip(model.parameters(), big, strict=True)
)
