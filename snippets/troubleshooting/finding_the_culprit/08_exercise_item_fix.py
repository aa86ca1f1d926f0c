import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
hidden = torch.relu(w * 3)
total = hidden.sum()  # stays a tensor in the graph
print("total:", total)
loss = total**2

loss.backward()
print("w.grad:", w.grad)  # 2 * total * 3 for each entry
