import torch


def train(seed):
    torch.manual_seed(seed)  # fixes the weights, the data and the dropout masks
    model = torch.nn.Sequential(
        torch.nn.Linear(3, 4), torch.nn.Dropout(0.5), torch.nn.Linear(4, 1)
    )
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    inputs, targets = torch.randn(8, 3), torch.randn(8, 1)
    for _ in range(3):
        optimizer.zero_grad()
        torch.nn.functional.mse_loss(model(inputs), targets).backward()
        optimizer.step()
    return model[2].weight.detach()


first, second, other = train(0), train(0), train(1)
print("seed 0:       ", first)
print("seed 0 again: ", second)
print("seed 1:       ", other)
assert torch.equal(first, second) and not torch.equal(first, other)
