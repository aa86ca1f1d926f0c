import torch

x = torch.tensor([2.0, 3.0], requires_grad=True)
y = torch.stack([x[0] * x[1], x[0] ** 2, x[0] + 3 * x[1]])
v = torch.tensor([1.0, 10.0, 100.0])

y.backward(gradient=v, retain_graph=True)
print("after one pass:  ", x.grad)
y.backward(gradient=v)  # the last pass may free the graph
print("after two passes:", x.grad)

jacobian = torch.tensor([[3.0, 2.0], [4.0, 0.0], [1.0, 3.0]])  # J at x = (2, 3)
print("by hand, 2 v @ J:", 2 * v @ jacobian)
assert torch.equal(x.grad, 2 * v @ jacobian)
