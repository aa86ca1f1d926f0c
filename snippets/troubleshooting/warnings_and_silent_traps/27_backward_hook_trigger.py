import torch


class Doubled(torch.nn.Module):
    def forward(self, x):
        return torch.relu(2 * x)  # two operations: MulBackward0, then ReluBackward0


def record(module, grad_input, grad_output):
    seen.append(grad_input[0])


seen = []
block = Doubled()
block.register_backward_hook(record)
x = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
block(x).sum().backward()

print("grad_input in the hook:", seen[0])
print("x.grad:                ", x.grad)
# The hook got the gradient at relu's input, 1 where 2x > 0, not the one at
# the module's input x, which is 2 there: the chain rule's factor 2 is missing.
assert torch.equal(seen[0], (x.detach() > 0).float())
assert torch.equal(x.grad, 2 * (x.detach() > 0).float())
