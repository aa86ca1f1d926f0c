import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([1.0, 2.0])

for eps in (0.0, 1e-12):
    a.grad = None
    squared = (a - b).pow(2)
    squared.retain_grad()  # the gradient sqrt passes back to the power
    distance = (squared.sum() + eps).sqrt()  # eps keeps sqrt away from 0
    distance.backward()
    print(f"eps = {eps:g}: distance = {distance.item():g}, a.grad = {a.grad}")
    if eps == 0.0:  # sqrt's slope 1/(2*0) = inf, times 2(a - b) = 0: NaN
        print("  sqrt passed back:", squared.grad)
        slope = 1 / (2 * squared.sum().detach().sqrt())  # by hand: 1/(2 sqrt(s))
        assert torch.equal(squared.grad, slope.expand(2))
        assert a.grad.isnan().all()

# d distance / da = (a - b) / distance: 0 for equal points, once distance > 0
by_hand = (a.detach() - b) / distance.detach()
print("by hand:", by_hand)
assert torch.equal(a.grad, by_hand)

# A point apart from b, so (a - b) / d is not 0: d = sqrt(0.3^2 + 0.4^2) = 0.5
a2 = torch.tensor([1.3, 1.6], requires_grad=True)
d2 = ((a2 - b).pow(2).sum() + 1e-12).sqrt()
d2.backward()
assert torch.allclose(a2.grad, (a2.detach() - b) / 0.5)  # [0.6, -0.8]
