import torch

torch.manual_seed(0)
x = torch.rand((2, 2), requires_grad=True)

for step in range(1, 4):
    y = (2 * x).mean()
    y.backward()
    print(f"after backward() number {step}:")
    print(x.grad)
    assert torch.equal(x.grad, torch.full((2, 2), 0.5))
    x.grad = None  # drop it: the next backward() starts fresh
