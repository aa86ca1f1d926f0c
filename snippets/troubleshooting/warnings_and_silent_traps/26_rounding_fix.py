import torch

x = torch.tensor([1.0, 2.0, 3.0])
y = 2 * x
w = torch.tensor(0.3, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.05)

for step in range(5):
    optimizer.zero_grad()
    rounded = torch.round(w / 0.5) * 0.5
    # Straight-through: the value of the rounded weight, the gradient of w itself.
    w_rounded = w + (rounded - w).detach()
    assert torch.equal(w_rounded, rounded)
    loss = ((w_rounded * x - y) ** 2).mean()
    loss.backward()
    # By hand: d/dw of mean((w_r * x - y)^2), taking d(w_r)/dw = 1.
    by_hand = (2 * x * (w_rounded.detach() * x - y)).mean()
    assert torch.allclose(w.grad, by_hand)
    optimizer.step()
    print(
        f"step {step}: loss {loss.item():.4f}  w.grad {w.grad.item():8.4f}"
        f" (by hand {by_hand.item():8.4f})  w {w.item():.4f}"
    )

assert loss.item() == 0.0 and rounded.item() == 2.0

# PyTorch's fake quantization uses the same estimator: slope 1 inside the range
# it can represent (here -64 to 63.5 in steps of 0.5), 0 where it clips.
v = torch.tensor([0.3, 1.2, 70.0], requires_grad=True)
q = torch.fake_quantize_per_tensor_affine(v, 0.5, 0, -128, 127)
q.sum().backward()
print("fake-quantized:", q.detach(), " gradient:", v.grad)
assert torch.equal(v.grad, torch.tensor([1.0, 1.0, 0.0]))
