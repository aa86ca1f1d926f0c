import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w**3).sum()
(grad,) = torch.autograd.grad(loss, w, create_graph=True)  # not in w.grad

penalty = (grad**2).sum()
penalty.backward()
print("penalty:", penalty)
print("w.grad:", w.grad)
