import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu", init_scale=2.0**16)
x = torch.full((1, 3), 5.0)

skipped = 0
while True:
    before = model.weight.detach().clone()
    optimizer.zero_grad()
    with torch.autocast("cpu", dtype=torch.float16):
        loss = model(x).float().sum()
    scale = scaler.get_scale()
    scaler.scale(loss).backward()
    weight_grad = model.weight.grad[0, 0].item()  # still scaled
    scaler.step(optimizer)
    scaler.update()
    if not torch.equal(model.weight, before):
        break
    skipped += 1
print(f"skipped {skipped} steps, first step taken with scale {scale:.0f}")

# By hand: the output's gradient is the scale, the weight's is scale * 5.
# Halve 65536 until the larger one stays below 65520, where float16 rounds to
# inf: scale * 5 < 65520, that is scale < 13104.
assert 65520 / 5 == 13104
by_hand_scale, by_hand_skipped = 2.0**16, 0
while by_hand_scale * 5 >= 65520:
    by_hand_scale, by_hand_skipped = by_hand_scale / 2, by_hand_skipped + 1
print(f"by hand: {by_hand_skipped} skipped, scale {by_hand_scale:.0f}")
assert (skipped, scale) == (by_hand_skipped, by_hand_scale) == (3, 8192)
# By hand: the step taken had the weight's gradient 8192 * 5 = 40960.
assert weight_grad == by_hand_scale * 5 == 40960
