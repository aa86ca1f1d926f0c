import torch

torch.manual_seed(0)
x = torch.randn(8, 3)
y = x @ torch.tensor([1.0, -2.0, 0.5])
w = torch.zeros(3, requires_grad=True)
print("before the first backward():", w.grad)

for step in range(3):
    try:
        w.grad.zero_()  # clear the previous step's gradient, first thing
    except AttributeError as error:
        print(f"step {step}: AttributeError: {error}")
        break
    loss = ((x @ w - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad

optimizer = torch.optim.SGD([w], lr=0.1)
((x @ w - y) ** 2).mean().backward()
optimizer.step()
optimizer.zero_grad()  # set_to_none=True unless you say otherwise
print("after optimizer.zero_grad():", w.grad)
