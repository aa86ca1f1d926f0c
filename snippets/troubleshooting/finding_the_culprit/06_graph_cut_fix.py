import torch

w = torch.tensor([0.5, -1.0], requires_grad=True)
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])

scores = x @ w
weights = torch.exp(scores)  # the same maths, tracked by autograd
loss = -weights.log().mean()

chain = {"w": w, "scores": scores, "weights": weights, "loss": loss}
for name, t in chain.items():
    print(f"{name:8} requires_grad={t.requires_grad!s:5}  grad_fn={t.grad_fn}")
loss.backward()
print("w.grad:", w.grad)
by_hand = -x.mean(dim=0)  # loss = -mean(x @ w): minus the mean row of x
print("by hand:", by_hand)
assert torch.allclose(w.grad, by_hand)
