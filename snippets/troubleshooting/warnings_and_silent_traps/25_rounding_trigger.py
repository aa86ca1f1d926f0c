import torch

# Fit y = 2x with a weight that the model uses rounded to a multiple of 0.5,
# as a quantized model would.
x = torch.tensor([1.0, 2.0, 3.0])
y = 2 * x
w = torch.tensor(0.3, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.05)

for step in range(3):
    optimizer.zero_grad()
    w_rounded = torch.round(w / 0.5) * 0.5
    loss = ((w_rounded * x - y) ** 2).mean()
    loss.backward()
    optimizer.step()
    print(f"step {step}: loss {loss.item():.4f}", end="  ")
    print(f"w.grad {w.grad.item()}  w {w.item():.4f}")

# round's derivative is 0 wherever it is defined, and PyTorch uses 0 everywhere:
# the gradient that reaches w is 0, so w never moves and the loss never falls.
assert w.grad.item() == 0.0
assert torch.equal(w, torch.tensor(0.3)) and loss.item() > 0
