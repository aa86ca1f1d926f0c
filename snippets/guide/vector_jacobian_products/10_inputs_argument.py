import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(5.0, requires_grad=True)
loss = a**2 * b

loss.backward(inputs=[b])  # only b.grad is written
print("a.grad:", a.grad)
print("b.grad:", b.grad, " by hand, a**2 =", 2.0**2)
assert b.grad.item() == 2.0**2
