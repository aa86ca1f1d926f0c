import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w**3).sum()
(grad,) = torch.autograd.grad(loss, w, create_graph=True)  # not in w.grad

penalty = (grad**2).sum()
penalty.backward()
print("penalty:", penalty)
print("w.grad: ", w.grad)
# grad = 3w^2, penalty = sum (3w^2)^2 = sum 9w^4, d penalty/dw = 36w^3
w_value = w.detach()
terms = 9 * w_value**4
print("by hand:", terms, terms.sum(), 36 * w_value**3)
assert torch.equal(penalty, (9 * w_value**4).sum())
assert torch.equal(w.grad, 36 * w_value**3)
