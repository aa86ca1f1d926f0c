import torch

w = torch.tensor(1.0, requires_grad=True)
x = torch.tensor([1.0, 2.0])
baseline = 0.0

for step in range(3):
    loss = ((w * x - 3) ** 2).mean()
    baseline = 0.9 * baseline + 0.1 * loss.detach()  # the value, not the graph
    (loss - baseline).backward()
    print(f"step {step}: ok, baseline = {baseline.item():.3f}")
