import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu", init_scale=2.0**16)
x = torch.full((1, 3), 1.5)

for step in range(2):
    before = model.weight.detach().clone()
    optimizer.zero_grad()
    with torch.autocast("cpu", dtype=torch.float16):
        out = model(x)  # float16
    seen = []
    out.register_hook(seen.append)  # the gradient entering the output
    loss = out.float().sum()
    scale = scaler.get_scale()
    # d loss / d out = 1, so the float16 output receives the scale itself;
    # d loss / d weight = x = 1.5, so the weight's gradient is scale * 1.5.
    scaler.scale(loss).backward()
    print(f"scale {scale:.0f}: output's gradient {seen[0].item()},", end=" ")
    print(f"weight's gradient {model.weight.grad[0, 0].item()}", end=", ")
    # By hand: the scale and scale * 1.5, each inf from 65520 up (see below).
    by_hand = [v if v < 65520 else float("inf") for v in (scale, scale * 1.5)]
    assert [seen[0].item(), model.weight.grad[0, 0].item()] == by_hand
    scaler.step(optimizer)  # skipped if any gradient is inf or NaN
    scaler.update()  # after a skip: scale * 0.5
    print("stepped:", not torch.equal(model.weight, before))
    assert torch.equal(model.weight, before) == (scale >= 65520)  # skipped
    if step == 1:
        assert torch.allclose(model.weight, before - 0.1 * 1.5)
print("scale now:", scaler.get_scale())

# float16's largest number is 65504, and rounding sends everything from 65520
# (65504 plus half its step of 32) up to inf: the scale 65536 overflows on its
# own; 32768 fits, and so does 32768 * 1.5 = 49152.
assert torch.finfo(torch.float16).max == 65504
assert torch.tensor(65519.0).half() == 65504 and torch.tensor(65520.0).half().isinf()
assert 2.0**16 >= 65520 > 2.0**15 * 1.5
assert scaler.get_scale() == 2.0**16 * 0.5
assert torch.amp.GradScaler("cpu").get_scale() == 2.0**16  # the default init_scale
