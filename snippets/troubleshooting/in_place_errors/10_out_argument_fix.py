import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)

y = torch.exp(x)  # let autograd allocate the result
y.sum().backward()
print("x.grad:", x.grad)
