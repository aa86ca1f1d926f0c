import torch

w = torch.tensor(0.5, requires_grad=True)
h = torch.tensor(1.0)  # a state carried from step to step, as in an RNN

for step in range(3):
    h = torch.tanh(w * h)  # h still hangs on to the graph of every earlier step
    loss = (h - 0.2) ** 2
    try:
        loss.backward()
        print(f"step {step}: ok")
    except RuntimeError as error:
        print(f"step {step}: RuntimeError: {error}")
        break
