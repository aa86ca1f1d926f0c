import torch


def f(x):
    y = x
    while y < 10:  # how many times depends on the value of x
        y = y * 2
    if y > 15:
        return torch.sqrt(y)
    return y**2


def chain(node):
    names = [type(node).__name__]
    while node.next_functions:
        node = node.next_functions[0][0]
        names.append(type(node).__name__)
    return " -> ".join(names)


for start in [1.0, 7.0]:
    x = torch.tensor(start, requires_grad=True)
    print(f"x = {start}: {chain(f(x).grad_fn)}")
