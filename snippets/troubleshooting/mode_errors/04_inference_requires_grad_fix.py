import torch

torch.manual_seed(0)
with torch.inference_mode():
    image = torch.randn(3)

image = image.clone().requires_grad_()  # a normal tensor with the same values
w = torch.tensor([1.0, -1.0, 2.0])
(image * w).sum().backward()
print("image.grad:", image.grad)
assert torch.equal(image.grad, w)  # d/d(image) of sum(image * w) is w
