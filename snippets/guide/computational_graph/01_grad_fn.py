import torch

x = torch.tensor(2.0, requires_grad=True)
w = torch.tensor(3.0, requires_grad=True)
product = x * w
wave = torch.sin(product)
square = x**2
y = wave + square

tensors = {"x": x, "w": w, "product": product, "wave": wave, "square": square, "y": y}
for name, tensor in tensors.items():
    print(f"{name:8} is_leaf={tensor.is_leaf!s:5}  grad_fn={tensor.grad_fn}")
