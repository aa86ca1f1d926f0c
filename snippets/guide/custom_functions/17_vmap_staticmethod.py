import torch
from torch.func import vmap


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(x):
        return x**3

    @staticmethod
    def setup_context(ctx, inputs, output):
        pass  # this example needs no backward

    @staticmethod
    def vmap(info, in_dims, x):  # x is the whole batch, batched along in_dims[0]
        print(f"vmap rule: batch size {info.batch_size}, x of shape {tuple(x.shape)}")
        return Cube.apply(x), in_dims[0]  # output batched where x was


batch = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
result = vmap(Cube.apply)(batch)
print("vmap:", result)
assert torch.equal(result, batch**3)
