import torch

w = torch.tensor(0.5, requires_grad=True)
h = torch.tensor(1.0)

for step in range(3):
    h = h.detach()  # keep the value, drop the graph of earlier steps
    h = torch.tanh(w * h)
    loss = (h - 0.2) ** 2
    loss.backward()
    print(f"step {step}: ok, w.grad = {w.grad.item():.4f}")
