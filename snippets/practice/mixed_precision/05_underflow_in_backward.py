import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 2)
x = torch.ones(1, 3)


def weight_grad(loss_scale):
    model.zero_grad()
    with torch.autocast("cpu", dtype=torch.float16):
        out = model(x)  # float16: its gradient will be float16 too
    loss = out.float().sum() * 1e-8  # a small loss, so small gradients
    (loss * loss_scale).backward()
    return model.weight.grad / loss_scale


print("unscaled:          ", weight_grad(1.0))
print("scaled by 2**16:   ", weight_grad(2.0**16))
# d loss / d weight[i, j] = 1e-8 * x[j] = 1e-8 for every entry.
assert torch.equal(weight_grad(1.0), torch.zeros(2, 3))
expected = torch.full((2, 3), 1e-8)
assert torch.allclose(weight_grad(2.0**16), expected, rtol=2**-11, atol=0)
