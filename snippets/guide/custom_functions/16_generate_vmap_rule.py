import torch
from torch.func import grad, vmap


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(x):
        return x**3

    @staticmethod
    def setup_context(ctx, inputs, output):
        (x,) = inputs
        ctx.save_for_backward(x)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 3 * x**2


class BatchableCube(Cube):
    generate_vmap_rule = True  # forward uses only torch ops, so vmap can batch it


batch = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
try:
    vmap(Cube.apply)(batch)
except RuntimeError as error:
    print("RuntimeError:", str(error).split(" For more details")[0])

per_sample = vmap(grad(lambda x: BatchableCube.apply(x).sum()))(batch)
print("vmap(grad):", per_sample)
print("by hand:   ", 3 * batch**2)
assert torch.equal(per_sample, 3 * batch**2)
