import torch
import torch.nn.functional as F

prediction = torch.tensor([[1.0], [2.0], [3.0]], requires_grad=True)
target = torch.tensor([1.0, 2.0, 3.0])

loss = F.mse_loss(prediction.squeeze(1), target)  # both (3,)
print("loss:", loss)
