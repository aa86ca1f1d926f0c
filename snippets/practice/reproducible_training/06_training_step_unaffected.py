import torch


def one_step(deterministic):
    was_enabled = torch.are_deterministic_algorithms_enabled()
    was_warn_only = torch.is_deterministic_algorithms_warn_only_enabled()
    torch.use_deterministic_algorithms(deterministic)
    try:
        torch.manual_seed(0)
        model = torch.nn.Sequential(
            torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 1)
        )
        optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
        loss = torch.nn.functional.mse_loss(model(torch.randn(8, 3)), torch.randn(8, 1))
        loss.backward()
        optimizer.step()
        return model[2].weight.detach()
    finally:
        torch.use_deterministic_algorithms(was_enabled, warn_only=was_warn_only)


print("deterministic off:", one_step(False))
print("deterministic on: ", one_step(True))
assert torch.equal(one_step(False), one_step(True))
print("flag left as found:", torch.are_deterministic_algorithms_enabled())
