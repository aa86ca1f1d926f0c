import torch

x = torch.tensor(2.0, requires_grad=True)
features = torch.tensor([x**2, x**3])  # builds a new tensor from Python floats

print(features, "| requires grad:", features.requires_grad)
