import torch

x = torch.tensor([1.0, 2.0, 3.0])
target = torch.tensor([2.0, 4.0, 6.0])
w = torch.tensor(1.5, requires_grad=True)

loss = ((w * x - target) ** 2).mean()  # one number
loss.backward()
print("loss:", loss)
print("w.grad:", w.grad)
