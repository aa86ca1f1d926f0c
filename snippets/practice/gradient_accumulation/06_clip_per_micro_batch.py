import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
inputs, targets = torch.randn(8, 3), torch.randn(8, 1)
loss_fn = torch.nn.MSELoss()
max_norm, k = 0.5, 4

loss_fn(model(inputs), targets).backward()
torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm)
big = [p.grad.clone() for p in model.parameters()]

model.zero_grad()
for x, t in zip(inputs.chunk(k), targets.chunk(k), strict=True):
    (loss_fn(model(x), t) / k).backward()
    # Wrong place: this clips the running sum after every micro-batch.
    norm = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm)
    print(f"after micro-batch: norm {norm:.4f}")
grads = list(model.parameters())
print("big batch, clipped: ", big[0])
print("clipped every time: ", grads[0].grad)
assert not torch.allclose(grads[0].grad, big[0])

# Not a rescaled big-batch gradient either: the directions differ.
assert not torch.allclose(grads[0].grad / grads[0].grad.norm(), big[0] / big[0].norm())
