import torch
from torch import nn

model = nn.Linear(2, 1)
with torch.no_grad():  # readable numbers instead of a random initialization
    model.weight.copy_(torch.tensor([[1.0, 2.0]]))
    model.bias.fill_(0.5)

x = torch.tensor([[3.0, 4.0]])
loss = model(x).sum()  # 1*3 + 2*4 + 0.5 = 11.5
print("before:", model.weight.grad, model.bias.grad)
loss.backward()
for name, p in model.named_parameters():
    print(f"{name}.grad = {p.grad}")
print("x.grad:", x.grad)
assert torch.equal(model.weight.grad, x) and model.bias.grad.item() == 1  # dL/dw = x
