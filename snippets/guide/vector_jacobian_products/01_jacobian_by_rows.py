import torch


def f(x):
    return torch.stack([x[0] * x[1], x[0] ** 2, x[0] + 3 * x[1]])


x = torch.tensor([2.0, 3.0], requires_grad=True)
print("y =", f(x))

rows = []
for i in range(3):  # one backward pass per output: row i is the gradient of y_i
    x.grad = None
    f(x)[i].backward()
    rows.append(x.grad)
jacobian = torch.stack(rows)

x1, x2 = 2.0, 3.0
by_hand = torch.tensor([[x2, x1], [2 * x1, 0.0], [1.0, 3.0]])
print("by hand:\n", by_hand)
print("autograd, row by row:\n", jacobian)
assert torch.equal(jacobian, by_hand)
