# snippet: timeout 90
import copy

import torch

torch.manual_seed(0)
eager = torch.nn.Sequential(
    torch.nn.Linear(3, 4), torch.nn.Tanh(), torch.nn.Linear(4, 1)
)
# aot_eager: AOTAutograd's forward and backward graphs, run without a C compiler.
compiled = torch.compile(copy.deepcopy(eager), backend="aot_eager")
x, target = torch.randn(8, 3), torch.randn(8, 1)

for model in (eager, compiled):
    torch.nn.functional.mse_loss(model(x), target).backward()

pairs = zip(eager.named_parameters(), compiled.parameters(), strict=True)
for (name, p), q in pairs:
    print(f"{name:8} grads equal to eager: {torch.equal(p.grad, q.grad)}")
    assert torch.allclose(p.grad, q.grad)
