import torch
import torch.autograd.forward_ad as fwAD
from torch.func import jacfwd, jvp


class Cube(torch.autograd.Function):
    generate_vmap_rule = True  # jacfwd runs jvp under vmap

    @staticmethod
    def forward(x):
        return x**3

    @staticmethod
    def setup_context(ctx, inputs, output):
        (x,) = inputs
        ctx.save_for_forward(x)  # what jvp reads; save_for_backward is for backward

    @staticmethod
    def jvp(ctx, x_tangent):  # one tangent per input, returns the output's tangent
        (x,) = ctx.saved_tensors
        return 3 * x**2 * x_tangent


x = torch.tensor([1.0, 2.0])
v = torch.tensor([1.0, 10.0])
by_hand = 3 * x**2 * v
_, jvp_out = jvp(Cube.apply, (x,), (v,))
with fwAD.dual_level():
    dual_tangent = fwAD.unpack_dual(Cube.apply(fwAD.make_dual(x, v))).tangent
print("torch.func.jvp:", jvp_out, "| dual:", dual_tangent, "| by hand:", by_hand)
print("jacfwd:", jacfwd(Cube.apply)(x))
assert torch.equal(jvp_out, by_hand) and torch.equal(dual_tangent, by_hand)
assert torch.equal(jacfwd(Cube.apply)(x), torch.diag(3 * x**2))
# By hand: 3x^2 v = (3 * 1 * 1, 3 * 4 * 10); jvp of the built-in t**3 agrees.
assert by_hand.tolist() == [3.0, 120.0]
assert torch.equal(jvp(lambda t: t**3, (x,), (v,))[1], by_hand)
