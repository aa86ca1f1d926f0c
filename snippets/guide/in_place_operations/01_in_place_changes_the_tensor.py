import torch

a = torch.tensor([1.0, 2.0])
b = a.add(1)  # out of place: a new tensor, a is unchanged
print("a:", a, "b:", b)

a.add_(1)  # in place: the trailing underscore writes into a itself
print("a:", a)
a *= 2  # augmented assignment on a tensor is in place too
print("a:", a)
