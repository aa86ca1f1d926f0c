import torch

was_enabled = torch.are_deterministic_algorithms_enabled()
was_warn_only = torch.is_deterministic_algorithms_warn_only_enabled()
torch.use_deterministic_algorithms(True)
try:
    # Normally torch.empty returns whatever bytes were in memory; here it fills.
    print(
        "fill_uninitialized_memory:",
        torch.utils.deterministic.fill_uninitialized_memory,
    )
    print(torch.empty(3), torch.empty(2, dtype=torch.int64))
    assert torch.empty(3).isnan().all()
    assert (torch.empty(2, dtype=torch.int64) == 2**63 - 1).all()  # largest int64
finally:
    torch.use_deterministic_algorithms(was_enabled, warn_only=was_warn_only)
