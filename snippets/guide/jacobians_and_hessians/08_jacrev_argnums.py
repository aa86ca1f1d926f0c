import torch
from torch.func import jacrev


def f(w, x):  # a linear layer: y = W x
    return w @ x


w = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
x = torch.tensor([1.0, -1.0])

dy_dx = jacrev(f, argnums=1)(w, x)  # argnums picks the input: here x
print("dy/dx:\n", dy_dx)
assert torch.equal(dy_dx, w)  # the Jacobian of W x in x is W

dy_dw, dy_dx_again = jacrev(f, argnums=(0, 1))(w, x)  # both, as a tuple
print("dy/dW shape:", tuple(dy_dw.shape))  # (outputs, *W.shape)
by_hand = torch.einsum("ij,k->ijk", torch.eye(3), x)  # dy_i/dW_jk = [i = j] x_k
assert torch.equal(dy_dw, by_hand) and torch.equal(dy_dx_again, w)
