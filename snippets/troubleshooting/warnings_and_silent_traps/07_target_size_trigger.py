import torch
import torch.nn.functional as F

prediction = torch.tensor([[1.0], [2.0], [3.0]], requires_grad=True)  # (3, 1)
target = torch.tensor([1.0, 2.0, 3.0])  # (3,)

loss = F.mse_loss(prediction, target)  # broadcasts to (3, 3)
print("loss:", loss)
