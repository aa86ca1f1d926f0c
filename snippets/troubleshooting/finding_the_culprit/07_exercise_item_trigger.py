import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
hidden = torch.relu(w * 3)
total = hidden.sum().item()
loss = torch.tensor(total) ** 2

try:
    loss.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
