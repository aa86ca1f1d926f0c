import torch

with torch.inference_mode():
    running_mean = torch.zeros(3)
running_mean = running_mean.clone()  # a normal tensor, outside inference mode

batch_mean = torch.tensor([1.0, 2.0, 3.0])
running_mean.mul_(0.9).add_(0.1 * batch_mean)
print("running_mean:", running_mean)
assert torch.allclose(running_mean, 0.9 * 0 + 0.1 * batch_mean)
