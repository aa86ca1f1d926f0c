import torch

torch.manual_seed(0)
x = torch.randn(4, 3)
w = torch.randn(3)  # the weight we want to train: requires_grad forgotten
loss = ((x @ w) ** 2).mean()

print("loss requires grad:", loss.requires_grad, "| grad_fn:", loss.grad_fn)
try:
    loss.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
