import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
handle = x.register_hook(lambda grad: grad * 10)  # runs before .grad is written

(3 * x).sum().backward()
print("with the hook: ", x.grad)
assert torch.equal(x.grad, torch.full((2,), 30.0))

handle.remove()
x.grad = None
(3 * x).sum().backward()
print("after remove():", x.grad)
assert torch.equal(x.grad, torch.full((2,), 3.0))
