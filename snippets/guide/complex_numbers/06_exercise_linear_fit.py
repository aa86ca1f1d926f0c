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

# At the minimum z = b / a = -1 + 3i, L = 0 and autograd's gradient is 0 too.
z_min = torch.tensor(-1.0 + 3.0j, requires_grad=True)
loss_min = (a * z_min - b).abs() ** 2
loss_min.backward()
assert torch.allclose(b / a, z_min.detach()) and loss_min.item() == 0
assert torch.allclose(z_min.grad, torch.tensor(0j), atol=1e-6)
