import torch

body = torch.tensor(1.0, requires_grad=True)
head = torch.tensor(1.0, requires_grad=True)
optimizer = torch.optim.SGD(
    [{"params": [body], "lr": 0.01}, {"params": [head]}],
    lr=0.1,  # the default for groups that do not set their own
)
for group in optimizer.param_groups:
    print(
        "lr", group["lr"], "momentum", group["momentum"], "params", len(group["params"])
    )

(3 * body + 3 * head).backward()  # both gradients are 3
optimizer.step()
print(f"body: {body.item():.2f}  head: {head.item():.2f}")
assert (
    abs(body.item() - (1 - 0.01 * 3)) < 1e-6 and abs(head.item() - (1 - 0.1 * 3)) < 1e-6
)

optimizer.param_groups[1]["lr"] = 0.05  # what a learning-rate scheduler does
print("lrs now:", [group["lr"] for group in optimizer.param_groups])

# The next step reads the new lr: the gradients are still 3, so head moves 0.05 * 3.
optimizer.step()
assert abs(head.item() - (1 - 0.1 * 3 - 0.05 * 3)) < 1e-6
