import torch

a = torch.tensor([1.0, 2.0, 3.0])
print("new:        ", a._version)
a.add_(1)
print("after add_: ", a._version)
a[0] = 0.0
print("after a[0]=:", a._version)

tail = a[1:]  # a view: shares a's memory and its version counter
tail.mul_(2)
print("after view: ", a._version, tail._version)

b = a + 1  # out of place: b is new, a's counter does not move
print("after a + 1:", a._version, b._version)
