import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.autograd.graph.save_on_cpu():  # a ready-made pack/unpack pair
    c = (a * a).exp()
c.sum().backward()
print("a.grad:", a.grad)
assert torch.allclose(a.grad, 2 * a.detach() * c.detach())

hooks = torch.autograd.graph.save_on_cpu()
device, kept = hooks.pack_hook(a)  # the device to return to, and a CPU tensor
print("device to return to:", device)
print("kept on the CPU:", kept.device, "| the same tensor, no copy:", kept is a)
assert torch.equal(hooks.unpack_hook((device, kept)), a)
