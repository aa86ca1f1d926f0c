import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
image = torch.randn(3).requires_grad_()  # ask autograd to track the input too

image.register_hook(lambda grad: print("gradient on the input:", grad))
score = (image * w).sum()
score.backward()
print("by hand, w:           ", w.detach())  # d/d(image) of sum(image * w)
assert torch.equal(image.grad, w.detach())
