import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3  # not a leaf: it has a grad_fn

try:
    y.register_post_accumulate_grad_hook(lambda tensor: None)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
