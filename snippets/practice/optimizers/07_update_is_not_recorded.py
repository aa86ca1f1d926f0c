import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
loss = (w**2).sum()
loss.backward(retain_graph=True)  # keep the graph to try a second backward
print("version before step:", w._version)
optimizer.step()  # runs under torch.no_grad()
print("version after step: ", w._version)
print("w:", w, " is_leaf:", w.is_leaf, " grad_fn:", w.grad_fn)

try:  # the graph saved the old w; step() changed it in place
    loss.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
