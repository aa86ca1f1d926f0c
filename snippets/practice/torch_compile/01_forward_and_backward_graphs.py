# snippet: timeout 90
import torch
from functorch.compile import make_boxed_func
from torch._dynamo.backends.common import aot_autograd


def show(label):
    def compiler(graph_module, example_inputs):
        print(f"--- {label} graph")
        print(graph_module.code.strip())
        return make_boxed_func(graph_module.forward)  # run it as it is

    return compiler


# A backend that only prints what AOTAutograd hands to a compiler.
printing = aot_autograd(fw_compiler=show("forward"), bw_compiler=show("backward"))


@torch.compile(backend=printing)
def loss_fn(x, w):
    return torch.sin(x * w).sum()


torch.manual_seed(0)
x, w = torch.randn(3, requires_grad=True), torch.randn(3, requires_grad=True)
loss = loss_fn(x, w)
print("--- calling backward()")
loss.backward()

# The backward graph computes cos(x * w) * w and cos(x * w) * x, as by hand.
by_hand = (torch.cos(x * w) * w, torch.cos(x * w) * x)
print(torch.equal(x.grad, by_hand[0]), torch.equal(w.grad, by_hand[1]))
assert torch.equal(x.grad, by_hand[0]) and torch.equal(w.grad, by_hand[1])
