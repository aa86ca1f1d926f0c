import torch
from torch.func import grad


def loss_and_prediction(w, x, target):
    prediction = (w * x).sum()
    loss = (prediction - target) ** 2
    return loss, prediction  # grad differentiates the first, passes the second on


w = torch.tensor([1.0, -1.0])
x = torch.tensor([2.0, 1.0])
gradient, prediction = grad(loss_and_prediction, has_aux=True)(w, x, 3.0)
print("prediction:", prediction)
print("gradient:  ", gradient)

residual = (1.0 * 2.0 - 1.0 * 1.0) - 3.0  # w . x - target = -2
print("by hand, 2 r x:", 2 * residual * x)
assert torch.equal(gradient, 2 * residual * x)
