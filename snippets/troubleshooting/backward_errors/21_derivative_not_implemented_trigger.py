import torch

x = torch.tensor([2.0, 0.5, 2.0, 3.0, 0.5, 2.0], requires_grad=True)
weights = torch.tensor([1.0, 2.0, 3.0])  # one weight per distinct value

values = torch.unique(x)  # sorted, each value once
print("values:", values.detach(), "| grad_fn:", values.grad_fn)
loss = (weights * values).sum()
try:
    loss.backward()
except NotImplementedError as error:
    print(f"NotImplementedError: {error}")
