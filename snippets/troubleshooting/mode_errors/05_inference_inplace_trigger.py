import torch

with torch.inference_mode():  # a running mean first built during evaluation
    running_mean = torch.zeros(3)

batch_mean = torch.tensor([1.0, 2.0, 3.0])
try:
    running_mean.mul_(0.9).add_(0.1 * batch_mean)  # later, during training
except RuntimeError as error:
    print(f"RuntimeError: {error}")
