import torch

a = torch.tensor(1.0 - 1.0j)
b = torch.tensor(2.0 + 4.0j)
z = torch.tensor(1.0 + 2.0j, requires_grad=True)
loss = (a * z - b).abs() ** 2
loss.backward()

by_hand = 2 * a.conj() * (a * z.detach() - b)
print("autograd:", z.grad)
print("by hand: ", by_hand)
print(
    "minimum at b / a =", b / a, "| gradient there:", 2 * a.conj() * (a * (b / a) - b)
)
assert torch.allclose(z.grad, by_hand)
