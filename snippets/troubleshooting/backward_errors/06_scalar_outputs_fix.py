import torch

x = torch.tensor([1.0, 2.0, 3.0])
target = torch.tensor([2.0, 4.0, 6.0])
w = torch.tensor(1.5, requires_grad=True)

loss = ((w * x - target) ** 2).mean()  # one number
# The same pass, started from an explicit gradient of 1 (keep the graph for it)
(from_one,) = torch.autograd.grad(loss, w, torch.tensor(1.0), retain_graph=True)
loss.backward()
print("loss:", loss)
print("w.grad:", w.grad)
assert torch.equal(w.grad, from_one)  # backward() starts from a gradient of 1
