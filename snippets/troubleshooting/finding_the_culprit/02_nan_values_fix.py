import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([1.0, 2.0])

for eps in (0.0, 1e-12):
    a.grad = None
    squared = (a - b).pow(2)
    distance = (squared.sum() + eps).sqrt()  # eps keeps sqrt away from 0
    distance.backward()
    print(f"eps = {eps:g}: distance = {distance.item():g}, a.grad = {a.grad}")

# d distance / da = (a - b) / distance: 0 for equal points, once distance > 0
by_hand = (a.detach() - b) / distance.detach()
print("by hand:", by_hand)
assert torch.equal(a.grad, by_hand)
