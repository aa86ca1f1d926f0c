import torch

x = torch.tensor([2.0, 0.5, 2.0, 3.0, 0.5, 2.0], requires_grad=True)
weights = torch.tensor([1.0, 2.0, 3.0])

# The grouping is integers: it needs no gradient, so take it from x.detach().
groups, inverse, counts = torch.unique(
    x.detach(), return_inverse=True, return_counts=True
)
# The values: the mean of each group, with an operation that has a derivative.
values = torch.zeros(len(groups)).scatter_reduce(
    0, inverse, x, reduce="mean", include_self=False
)
print("values:", values.detach(), "| grad_fn:", values.grad_fn)
assert torch.allclose(values, torch.unique(x))

(weights * values).sum().backward()
by_hand = weights[inverse] / counts[inverse]  # its group's weight / group size
print("x.grad: ", x.grad)
print("by hand:", by_hand)
assert torch.allclose(x.grad, by_hand)
