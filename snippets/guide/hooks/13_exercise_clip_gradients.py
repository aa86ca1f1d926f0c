import torch

x = torch.tensor([-2.0, 0.5, 1.0, 3.0], requires_grad=True)
x.register_hook(lambda grad: grad.clamp(-5.0, 5.0))

(x**3 - 6 * x).sum().backward()

by_hand = (3 * x.detach() ** 2 - 6).clamp(-5.0, 5.0)  # 3x^2 - 6, then clipped
print("by hand: ", by_hand)
print("autograd:", x.grad)
assert torch.equal(x.grad, by_hand)

# Before clipping, 3x^2 - 6 is 6, -5.25, -3, 21: autograd on a copy with no hook.
x2 = x.detach().requires_grad_()
(x2**3 - 6 * x2).sum().backward()
assert torch.equal(x2.grad, torch.tensor([6.0, -5.25, -3.0, 21.0]))
