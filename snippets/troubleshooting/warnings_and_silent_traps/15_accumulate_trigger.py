import torch

x = torch.tensor([1.0, 2.0])
y = torch.tensor([2.0, 4.0])
w = torch.tensor(0.0, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)

for step in range(3):
    loss = ((w * x - y) ** 2).mean()
    loss.backward()  # adds to w.grad
    optimizer.step()
    print(f"step {step}: w.grad = {w.grad.item():7.3f}, w = {w.item():.3f}")
