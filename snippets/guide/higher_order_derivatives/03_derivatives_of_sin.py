import torch

x = torch.tensor(0.5, dtype=torch.float64, requires_grad=True)
by_hand = [torch.sin, torch.cos, lambda t: -torch.sin(t), lambda t: -torch.cos(t)]

derivative = torch.sin(x)
for order in range(1, 5):
    (derivative,) = torch.autograd.grad(derivative, x, create_graph=True)
    expected = by_hand[order % 4](x.detach())
    got, want = derivative.item(), expected.item()
    print(f"order {order}: autograd {got:+.6f}  by hand {want:+.6f}")
    assert torch.allclose(derivative, expected)
