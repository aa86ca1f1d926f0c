import torch

x = torch.tensor(2.0, requires_grad=True)
w = torch.tensor(3.0, requires_grad=True)
y = torch.sin(x * w) + x**2


def label(node):
    if hasattr(node, "variable"):  # an AccumulateGrad node: say which leaf
        return "AccumulateGrad for " + ("x" if node.variable is x else "w")
    return type(node).__name__


calls, todo, seen = [], [y.grad_fn], set()
while todo:  # visit every node once and make it log each call
    node = todo.pop()
    if node not in seen:
        seen.add(node)
        node.register_prehook(lambda grads, node=node: calls.append(label(node)))
        todo += [child for child, _ in node.next_functions if child is not None]

y.backward()
print(len(seen), "nodes; backward called them in this order:")
for step, name in enumerate(calls, start=1):
    print(step, name)
