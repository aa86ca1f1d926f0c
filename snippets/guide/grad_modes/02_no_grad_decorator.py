import torch


@torch.no_grad()
def normalize(t):
    return t / t.sum()


x = torch.tensor([1.0, 3.0], requires_grad=True)
y = normalize(x)
print(y, y.requires_grad)
