import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)

with torch.inference_mode():
    y = x * 2

print(y, y.requires_grad)
print("x is an inference tensor:", x.is_inference())
print("y is an inference tensor:", y.is_inference())
