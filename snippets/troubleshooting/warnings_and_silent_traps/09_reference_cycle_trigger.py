import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w**3).sum()
loss.backward(create_graph=True)  # keep a graph of the gradient itself

penalty = (w.grad**2).sum()  # a gradient penalty
print("penalty:", penalty)
