import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
node = y.grad_fn  # MulBackward0, the node that computes dL/dx from dL/dy

y.register_hook(lambda grad: print("1. tensor hook on y:    ", grad))
node.register_prehook(
    lambda grad_outputs: print("2. node pre-hook:        ", grad_outputs)
)
node.register_hook(
    lambda grad_inputs, grad_outputs: print("3. node hook:            ", grad_inputs)
)
x.register_hook(
    lambda grad: print("4. tensor hook on leaf x:", grad, "| x.grad:", x.grad)
)
x.register_post_accumulate_grad_hook(
    lambda t: print("5. post-accumulate hook: x.grad =", t.grad)
)

y.sum().backward()
assert torch.equal(x.grad, torch.tensor([2.0, 2.0]))
