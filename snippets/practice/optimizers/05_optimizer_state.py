import torch

w = torch.tensor([0.0, 4.0], requires_grad=True)
sgd = torch.optim.SGD([w], lr=0.1, momentum=0.9)
adam = torch.optim.Adam([w], lr=0.1)
print("before any step:", sgd.state[w], adam.state[w])

((w - 2) ** 2).sum().backward()  # gradient g = [-4, 4]
sgd.step()
adam.step()
print("SGD  momentum_buffer:", sgd.state[w]["momentum_buffer"])
for key, value in adam.state[w].items():
    print(f"Adam {key + ':':16}", value)

g = torch.tensor([-4.0, 4.0])
assert torch.equal(sgd.state[w]["momentum_buffer"], g)
assert torch.allclose(adam.state[w]["exp_avg"], 0.1 * g)
assert torch.allclose(adam.state[w]["exp_avg_sq"], 0.001 * g**2)
