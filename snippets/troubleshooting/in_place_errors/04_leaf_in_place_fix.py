import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
loss = (w**2).sum()
loss.backward()

with torch.no_grad():  # the update itself is not part of the model
    w -= 0.1 * w.grad
w.grad = None  # ready for the next step

print(w, "| leaf:", w.is_leaf)
