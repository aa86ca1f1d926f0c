import torch

x = torch.tensor([1.0, 2.0])
y = torch.tensor([2.0, 4.0])
w = torch.tensor(0.0, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)

total = 0.0
for step in range(3):
    this_step = 5 * (w.item() - 2)  # d/dw mean((w x - y)^2) = 5 (w - 2) here
    total += this_step
    loss = ((w * x - y) ** 2).mean()
    loss.backward()  # adds to w.grad
    optimizer.step()
    print(
        f"step {step}: gradient {this_step:5.1f}, w.grad {w.grad.item():6.1f}", end=""
    )
    print(f", w = {w.item():.3f}")
    assert torch.isclose(w.grad, torch.tensor(total))  # the sum of all steps
assert w.item() > 2  # w went past the best value 2
