import torch

w = torch.tensor([0.5, -1.0], requires_grad=True)
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
predictions = x @ w  # part of the graph

try:
    print(predictions.numpy())  # e.g. to plot them
except RuntimeError as error:
    print(f"RuntimeError: {error}")
