import torch
from torch.func import functional_call, grad, vmap

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
with torch.no_grad():  # the same weights as before, set on the module itself
    model.weight.copy_(torch.tensor([[1.0, -1.0, 2.0]]))
    model.bias.fill_(0.5)
inputs = torch.tensor([[1.0, 0, 0], [0, 1, 0], [1, 1, 1], [2, 0, 1]])
targets = torch.tensor([1.0, -1.0, 3.0, 3.0])


def loss(params, x, target):
    return ((functional_call(model, params, (x,)) - target) ** 2).squeeze()


params = {name: p.detach() for name, p in model.named_parameters()}
per_sample = vmap(grad(loss), in_dims=(None, 0, 0))(params, inputs, targets)

batch_loss = ((model(inputs).squeeze(1) - targets) ** 2).mean()
batch_loss.backward()  # the usual way: one gradient for the whole batch
print("mean of per-sample:", per_sample["weight"].mean(dim=0))
print("backward of mean:  ", model.weight.grad)
assert torch.allclose(per_sample["weight"].mean(dim=0), model.weight.grad)
# By hand: r = x w + b - t, and the mean of 2 r x over the batch is (1.5, 0, 0.5).
r = inputs @ torch.tensor([1.0, -1.0, 2.0]) + 0.5 - targets
by_hand_mean = (2 * r[:, None] * inputs).mean(dim=0, keepdim=True)
assert torch.equal(model.weight.grad, by_hand_mean)
assert torch.equal(model.weight.grad, torch.tensor([[1.5, 0.0, 0.5]]))
