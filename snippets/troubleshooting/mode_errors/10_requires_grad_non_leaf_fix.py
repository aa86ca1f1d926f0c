import torch

torch.manual_seed(0)
encoder = torch.randn(3, 3, requires_grad=True)
x = torch.randn(2, 3)

features = (x @ encoder).detach()  # same values, cut from the graph
head = torch.randn(3, requires_grad=True)
(features @ head).sum().backward()
print("head.grad:", head.grad)
print("encoder.grad:", encoder.grad)
