import torch


class Doubled(torch.nn.Module):
    def forward(self, x):
        return torch.relu(2 * x)


def record(module, grad_input, grad_output):
    seen.append(grad_input[0])


seen = []
block = Doubled()
block.register_full_backward_hook(record)  # around the whole module
x = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
block(x).sum().backward()

print("grad_input in the hook:", seen[0])
print("x.grad:                ", x.grad)
# By hand: d/dx of sum(relu(2x)) is 2 where x > 0, else 0.
by_hand = 2 * (x.detach() > 0).float()
print("by hand:               ", by_hand)
assert torch.equal(seen[0], by_hand) and torch.equal(x.grad, by_hand)
