import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)

(w**2).sum().backward()
print("after backward:               ", w.grad)
optimizer.zero_grad(set_to_none=False)
print("zero_grad(set_to_none=False): ", w.grad)
optimizer.zero_grad()  # set_to_none=True is the default
print("zero_grad():                  ", w.grad)
