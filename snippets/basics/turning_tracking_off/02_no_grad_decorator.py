import torch


@torch.no_grad()
def triple(x):
    return x * 3


weights = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
tripled = triple(weights)

print(tripled)
print("weights requires grad:   ", weights.requires_grad)
print("tripled requires grad:   ", tripled.requires_grad)
