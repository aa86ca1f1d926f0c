"""Each output normalization rule, alone and together."""

from __future__ import annotations

from pathlib import Path

from doccheck.normalize import (
    ADDRESS_TOKEN,
    normalize_addresses,
    normalize_output,
    relativize_paths,
    strip_build_paths,
)

ROOT = Path("/home/ada/gradients")


def test_addresses_in_reprs_become_one_token():
    text = "<MulBackward0 object at 0x7f3a9c2b1e50>\n<AddBackward0 object at 0x55d0c0ffee00>"
    assert normalize_addresses(text) == (
        f"<MulBackward0 object at {ADDRESS_TOKEN}>\n<AddBackward0 object at {ADDRESS_TOKEN}>"
    )


def test_hex_numbers_that_are_not_addresses_are_kept():
    assert normalize_addresses("hex(255) = 0xff") == "hex(255) = 0xff"
    assert normalize_addresses("mask 0x7f3a9c2b1e50") == "mask 0x7f3a9c2b1e50"
    # Only " at 0x<hex>" right before a repr's closing ">" is an address:
    # a hex number before a ">" but not after " at ", or after " at " but
    # not before a ">", is printed by the snippet itself.
    assert normalize_addresses("mask 0x7f3a9c2b1e50>") == "mask 0x7f3a9c2b1e50>"
    assert normalize_addresses("value at 0xff, ok") == "value at 0xff, ok"


def test_address_normalization_is_idempotent():
    once = normalize_addresses("<X object at 0xdeadbeef>")
    assert normalize_addresses(once) == once


def test_torch_build_path_suffix_is_removed():
    warning = (
        "UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor is "
        "being accessed. (Triggered internally at "
        "/__w/pytorch/pytorch/build/aten/src/ATen/core/TensorBody.h:493.)\n"
        "  print(y.grad)"
    )
    assert strip_build_paths(warning) == (
        "UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor is "
        "being accessed.\n  print(y.grad)"
    )


def test_build_path_suffix_from_any_build_machine():
    text = "msg (Triggered internally at /opt/conda/torch/csrc/engine.cpp:12.)"
    assert strip_build_paths(text) == "msg"


def test_build_path_suffix_on_its_own_line_goes_with_its_line():
    text = (
        "    y = torch.sqrt(x)\n"
        " (Triggered internally at /__w/torch/csrc/autograd/python_anomaly_mode.cpp:127.)\n"
        "  return Variable._execution_engine.run_backward(\n"
    )
    assert strip_build_paths(text) == (
        "    y = torch.sqrt(x)\n  return Variable._execution_engine.run_backward(\n"
    )


def test_repository_paths_become_relative():
    text = f'  File "{ROOT}/snippets/basics/x.py", line 3, in <module>'
    assert (
        relativize_paths(text, ROOT)
        == '  File "snippets/basics/x.py", line 3, in <module>'
    )


def test_installed_python_paths_keep_only_their_tail():
    text = (
        '  File "/opt/py/lib/python3.11/site-packages/torch/_tensor.py", line 1\n'
        '  File "/root/.pyenv/versions/3.11.7/lib/python3.11/warnings.py", line 2'
    )
    assert relativize_paths(text, ROOT) == (
        '  File ".../site-packages/torch/_tensor.py", line 1\n'
        '  File ".../lib/python3.11/warnings.py", line 2'
    )


def test_a_virtualenv_inside_the_repository_is_not_made_repo_relative():
    text = f"{ROOT}/.venv/lib/python3.11/site-packages/torch/autograd/__init__.py"
    assert (
        relativize_paths(text, ROOT) == ".../site-packages/torch/autograd/__init__.py"
    )


def test_windows_line_endings_become_unix():
    assert normalize_output("a\r\nb\r\n", ROOT) == "a\nb\n"


def test_everything_else_is_kept_byte_for_byte():
    text = "tensor([1., 2.], requires_grad=True)\n  trailing spaces  \n\n\tTab\n"
    assert normalize_output(text, ROOT) == text


def test_all_rules_together():
    raw = (
        f"{ROOT}/snippets/a.py:5: UserWarning: careful (Triggered internally at "
        "/__w/x/y.cpp:1.)\r\n"
        "<MulBackward0 object at 0x7fabc0012345>\r\n"
    )
    assert normalize_output(raw, ROOT) == (
        f"snippets/a.py:5: UserWarning: careful\n<MulBackward0 object at {ADDRESS_TOKEN}>\n"
    )
