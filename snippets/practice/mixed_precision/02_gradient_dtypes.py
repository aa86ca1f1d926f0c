import torch
import torch.nn.functional as F

torch.manual_seed(0)
model = torch.nn.Linear(3, 2)
x, target = torch.randn(4, 3), torch.randn(4, 2)

with torch.autocast("cpu", dtype=torch.bfloat16):
    h = model(x)
    h.retain_grad()
    loss = F.mse_loss(h, target)
loss.backward()
print("grad of the activation:", h.grad.dtype)
print("weight.grad:           ", model.weight.grad.dtype)

# Autocast ran the linear layer on bfloat16 copies of x and the weight; the
# weight's gradient is computed in bfloat16 and cast back to float32.
by_hand = (h.grad.T @ x.bfloat16()).float()
print(torch.equal(model.weight.grad, by_hand))
assert torch.equal(model.weight.grad, by_hand)
