import torch

torch.manual_seed(0)
with torch.inference_mode():  # the input batch was prepared in inference mode
    image = torch.randn(3)

try:
    image.requires_grad_()  # we want the gradient on the input (a saliency map)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
