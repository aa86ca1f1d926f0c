import torch

target = torch.tensor(3.0 - 4.0j, dtype=torch.complex128)
z = torch.zeros((), dtype=torch.complex128, requires_grad=True)
optimizer = torch.optim.SGD([z], lr=0.1)
for _ in range(50):
    optimizer.zero_grad()
    loss = (z - target).abs() ** 2
    loss.backward()  # z.grad = 2 (z - target): straight downhill
    optimizer.step()

# each step multiplies z - target by 1 - 0.1 * 2 = 0.8, starting from -target
by_hand = target + 0.8**50 * (0 - target)
print("z after 50 steps:", z.detach().item(), "| by hand:", by_hand.item())
print(
    f"distance left: {(z - target).abs().item():.3e} = 5 * 0.8**50 = {5 * 0.8**50:.3e}"
)
assert torch.allclose(z.detach(), by_hand)
