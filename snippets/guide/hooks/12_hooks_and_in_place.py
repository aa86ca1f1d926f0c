import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = a.clone()
b.register_hook(lambda grad: print("hook registered before mul_:", grad))
b.mul_(3)  # b now holds 3a; the graph gets a new node for it
b.register_hook(lambda grad: print("hook registered after mul_: ", grad))

b.sum().backward()  # L = sum(new b) = sum(3 * old b)
print("a.grad:", a.grad)
assert torch.equal(a.grad, torch.tensor([3.0, 3.0]))
