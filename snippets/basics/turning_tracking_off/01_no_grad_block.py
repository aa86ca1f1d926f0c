import torch

weights = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)

with torch.no_grad():
    tripled = weights * 3
    print(tripled)
    print("weights requires grad:   ", weights.requires_grad)
    print("tripled requires grad:   ", tripled.requires_grad)

print("outside the block:       ", (weights * 3).requires_grad)
