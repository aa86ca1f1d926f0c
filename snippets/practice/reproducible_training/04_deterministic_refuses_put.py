import torch

was_enabled = torch.are_deterministic_algorithms_enabled()
was_warn_only = torch.is_deterministic_algorithms_warn_only_enabled()
torch.use_deterministic_algorithms(True)
try:
    print("deterministic mode:", torch.are_deterministic_algorithms_enabled())
    index, source = torch.tensor([0, 2]), torch.tensor([1.0, 2.0])
    print("index_put_:", torch.zeros(5).index_put_((index,), source))
    print("put_ with accumulate:", torch.zeros(5).put_(index, source, accumulate=True))
    torch.zeros(5).put_(index, source)  # distinct indices, refused all the same
except RuntimeError as error:
    print(f"RuntimeError: {error}")
else:
    raise AssertionError("put_ was not refused")
finally:
    torch.use_deterministic_algorithms(was_enabled, warn_only=was_warn_only)
print("after restoring:", torch.are_deterministic_algorithms_enabled())
