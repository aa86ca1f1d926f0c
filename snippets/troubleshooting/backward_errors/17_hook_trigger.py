import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
image = torch.randn(3)  # an input batch: it does not require grad

try:
    image.register_hook(lambda grad: print("gradient on the input:", grad))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
