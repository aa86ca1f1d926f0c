import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.inference_mode():
    scale = torch.tensor([3.0, 4.0])

scale = scale.clone()  # a clone made outside the mode is a normal tensor
print("inference tensor:", scale.is_inference())

(x * scale).sum().backward()
print("x.grad:", x.grad)
assert torch.equal(x.grad, scale)  # d/dx_i of sum(x * scale) is scale_i
