import torch
import torch.nn.functional as F

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu", init_scale=1024.0)
x, target = torch.randn(4, 3), torch.randn(4, 1)
before = model.weight.detach().clone()
float32_grad = torch.autograd.grad(F.mse_loss(model(x), target), model.weight)[0]

with torch.autocast("cpu", dtype=torch.float16):
    loss = F.mse_loss(model(x), target)
scaler.scale(loss).backward()  # the backward of loss * 1024
scaled = model.weight.grad.clone()
scaler.unscale_(optimizer)  # divides every .grad by 1024, looks for inf/NaN
grad = model.weight.grad
print("scaled:  ", scaled)
print("unscaled:", grad)
print("float32: ", float32_grad)
scaler.step(optimizer)  # none found: runs optimizer.step()
scaler.update()  # none found: the scale stays (it doubles after 2000 such steps)
print("scale:", scaler.get_scale())

assert torch.equal(scaled / 1024, grad)  # dividing by a power of 2 is exact
assert torch.allclose(model.weight.detach(), before - 0.1 * grad)
assert torch.allclose(grad, float32_grad, rtol=2**-8)  # float16 precision
# The defaults update() uses: times 0.5 after a skip, times 2 after 2000 steps.
assert scaler.get_backoff_factor() == 0.5 and scaler.get_growth_factor() == 2.0
assert scaler.get_growth_interval() == 2000
