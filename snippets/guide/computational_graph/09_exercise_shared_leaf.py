import torch

x = torch.tensor(3.0, requires_grad=True)
z = x * x + x

mul, _ = z.grad_fn.next_functions[0]
left, right = mul.next_functions[0][0], mul.next_functions[1][0]
direct = z.grad_fn.next_functions[1][0]
print("one AccumulateGrad node for x:", left is right is direct)

calls = []
direct.register_prehook(lambda grads: calls.append(grads[0].item()))
z.backward()
print("it ran", len(calls), "time, with the summed gradient", calls[0])

by_hand = 2 * 3.0 + 1  # dz/dx = 2x + 1
print("by hand:", by_hand, " autograd:", x.grad.item())
assert x.grad.item() == by_hand
