import torch

w = torch.tensor(0.5, requires_grad=True)
h = torch.tensor(1.0)

for step in range(3):
    h_prev = h.detach()  # keep the value, drop the graph of earlier steps
    h = torch.tanh(w * h_prev)
    loss = (h - 0.2) ** 2
    w.grad = None  # print this step's gradient, not a running sum
    loss.backward()
    # Only this step is differentiated: d loss/dw = 2 (h - 0.2) (1 - h^2) h_prev
    h_value = h.detach()
    by_hand = 2 * (h_value - 0.2) * (1 - h_value**2) * h_prev
    print(f"step {step}: w.grad = {w.grad.item():.4f}, by hand {by_hand.item():.4f}")
    assert torch.allclose(w.grad, by_hand)
