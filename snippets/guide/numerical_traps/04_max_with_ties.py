import torch

x = torch.tensor([1.0, 3.0, 3.0], requires_grad=True)
x.max().backward()  # full reduction: the gradient is shared among the ties
print("x.max():     ", x.grad)
assert torch.equal(x.grad, torch.tensor([0.0, 0.5, 0.5]))  # 1/k for k ties

x.grad = None
values, indices = x.max(dim=0)  # the returned index gets it all
values.backward()
print("x.max(dim=0):", x.grad, "| index:", indices.item())
assert x.grad[indices].item() == 1.0 and x.grad.sum().item() == 1.0
assert indices.item() == x.tolist().index(max(x.tolist()))  # the first maximal one
