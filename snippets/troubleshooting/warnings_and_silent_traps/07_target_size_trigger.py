import torch
import torch.nn.functional as F

prediction = torch.tensor([[1.0], [2.0], [3.0]], requires_grad=True)  # (3, 1)
target = torch.tensor([1.0, 2.0, 3.0])  # (3,)

loss = F.mse_loss(prediction, target)  # broadcasts to (3, 3)
print("loss:", loss)

# Every prediction i met every target j: the mean of the nine (i - j)^2.
squares = sum((i - j) ** 2 for i in (1, 2, 3) for j in (1, 2, 3))
by_hand = squares / 9
print(f"by hand: {squares} / 9 =", by_hand)
assert torch.isclose(loss, torch.tensor(by_hand))
