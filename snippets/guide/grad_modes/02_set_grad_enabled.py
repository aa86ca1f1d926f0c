import torch

w = torch.tensor([0.5, 1.0], requires_grad=True)
x = torch.tensor([2.0, 1.0])


def loss_for(x, training):
    with torch.set_grad_enabled(training):
        return (w * x).sum() ** 2


print("training:  ", loss_for(x, training=True))
print("evaluating:", loss_for(x, training=False))
assert loss_for(x, training=False).item() == (0.5 * 2 + 1.0 * 1) ** 2
