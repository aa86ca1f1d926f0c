import torch

x = torch.tensor(3.0, requires_grad=True)
y = x**3

y.backward(create_graph=True)  # works, but autograd.grad is the better tool
print(x.grad)
x.grad = None  # breaks the cycle the warning is about
