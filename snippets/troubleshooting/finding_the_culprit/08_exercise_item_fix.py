import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
hidden = torch.relu(w * 3)
total = hidden.sum()  # stays a tensor in the graph
print("total:", total)
loss = total**2

loss.backward()
print("w.grad: ", w.grad)
# d(t^2)/dw_i = 2t * 3 with t = 9 (relu passes the gradient: 3w > 0)
by_hand = torch.full((2,), 2 * 9.0 * 3)
print("by hand:", by_hand)
assert torch.equal(w.grad, by_hand)
