import torch

w = torch.tensor([0.0, 4.0], requires_grad=True)
sgd = torch.optim.SGD([w], lr=0.1, momentum=0.9)
adam = torch.optim.Adam([w], lr=0.1)
print("before any step:", sgd.state[w], adam.state[w])

((w - 2) ** 2).sum().backward()  # gradient [-4, 4]
sgd.step()
adam.step()
print("SGD: ", dict(sgd.state[w]))
print("Adam:", dict(adam.state[w]))
assert torch.equal(sgd.state[w]["momentum_buffer"], torch.tensor([-4.0, 4.0]))
assert torch.allclose(adam.state[w]["exp_avg"], 0.1 * torch.tensor([-4.0, 4.0]))
