import torch


def pack(tensor):
    print("saved:", tensor)
    return tensor.detach()  # store no reference to the tensor itself


def unpack(stored):
    print("used: ", stored)
    return stored


a = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.autograd.graph.saved_tensors_hooks(pack, unpack):
    b = a * a  # saves both operands
    c = b.exp()  # saves its output
c.sum().backward()
print("a.grad:", a.grad)
assert torch.allclose(a.grad, 2 * a.detach() * c.detach())  # d/da exp(a^2)
