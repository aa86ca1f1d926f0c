import torch

lr = 0.1
w = torch.tensor([1.0, 2.0], requires_grad=True)


def sgd_step(param):
    print("hook sees param.grad:", param.grad)
    with torch.no_grad():
        param -= lr * param.grad
    param.grad = None


w.register_post_accumulate_grad_hook(sgd_step)
(w**2).sum().backward()  # gradient 2w = [2, 4]
print("w after backward:", w)
assert torch.allclose(w, torch.tensor([1.0, 2.0]) * (1 - 2 * lr))  # w - lr * 2w
