import torch
from torch.func import functional_call

torch.manual_seed(0)
model = torch.nn.Sequential(
    torch.nn.Linear(2, 3), torch.nn.Tanh(), torch.nn.Linear(3, 1)
)
x = torch.tensor([[1.0, -2.0]])
print("names:", list(dict(model.named_parameters())))

own = dict(model.named_parameters())
assert torch.equal(functional_call(model, own, (x,)), model(x))

ones = {name: torch.ones_like(p) for name, p in model.named_parameters()}
out = functional_call(model, ones, (x,))
# By hand: each hidden unit is tanh(1 - 2 + 1) = 0, so the output is the bias, 1.
print("all-ones parameters:", out)
assert torch.equal(out, torch.tensor([[1.0]]))
print("the module's own bias is untouched:", model[2].bias.detach())
