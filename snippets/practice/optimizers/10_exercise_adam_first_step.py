import torch

w = torch.tensor([0.0, 0.0], requires_grad=True)
optimizer = torch.optim.Adam([w], lr=0.1, eps=1e-8)
g = torch.tensor([0.001, 1000.0])

(w * g).sum().backward()  # the gradient of w . g is g
optimizer.step()

by_hand = -0.1 * g / (g.abs() + 1e-8)
print("moved:  ", w.detach())
print("by hand:", by_hand)
assert torch.allclose(w.detach(), by_hand)
assert torch.isclose(g[1] / g[0], torch.tensor(1e6))  # gradients a million apart
