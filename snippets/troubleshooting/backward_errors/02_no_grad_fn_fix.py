import torch

torch.manual_seed(0)
x = torch.randn(4, 3)
w = torch.randn(3, requires_grad=True)  # a leaf that autograd tracks
loss = ((x @ w) ** 2).mean()

print("loss requires grad:", loss.requires_grad, "| grad_fn:", loss.grad_fn)
loss.backward()
print("w.grad:", w.grad)
