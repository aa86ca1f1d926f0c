# snippet: timeout 90
import torch
from functorch.compile import make_boxed_func
from torch._dynamo.backends.common import aot_autograd

graphs = []  # the label of every graph the backend receives


def show(label):
    def compiler(graph_module, example_inputs):
        graphs.append(label)
        ops = [
            str(n.target) for n in graph_module.graph.nodes if n.op == "call_function"
        ]
        print(label, ops)
        return make_boxed_func(graph_module.forward)

    return compiler


printing = aot_autograd(fw_compiler=show("forward: "), bw_compiler=show("backward:"))


def loss_fn(x, w):
    y = torch.sin(x * w)
    if y.sum() > 0:  # a Python branch on a tensor's value: graph break
        y = y * 2
    return (y * y).sum()


torch.manual_seed(0)
x, w = torch.randn(3, requires_grad=True), torch.randn(3, requires_grad=True)
loss = torch.compile(loss_fn, backend=printing)(x, w)
print("--- calling backward()")
loss.backward()

eager_grads = torch.autograd.grad(loss_fn(x, w), (x, w))
assert torch.equal(x.grad, eager_grads[0]) and torch.equal(w.grad, eager_grads[1])
# One graph break: two forward graphs and two backward graphs.
assert graphs.count("forward: ") == 2 and graphs.count("backward:") == 2
