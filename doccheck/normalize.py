"""Turn what a snippet printed into text that is the same on every machine.

These are the only changes made between a snippet's real output and its
recorded ``.out`` file; each one removes something that differs from run to
run or machine to machine and that a reader does not need:

1. ``normalize_addresses``: a memory address in an object's repr
   (``<MulBackward0 object at 0x7f3a...>``) becomes ``0x...``: only
   `` at 0x<hex>`` right before the repr's closing ``>``, so a hex number a
   snippet prints itself is kept.
2. ``strip_build_paths``: torch's C++ warnings end with
   `` (Triggered internally at /__w/pytorch/.../TensorBody.h:493.)``, the
   path of the machine torch was built on; that suffix is removed (with its
   line, when it stands on a line of its own, as after anomaly mode's trace).
3. ``relativize_paths``: paths under the repository become repo-relative
   (``/home/me/gradients/snippets/x.py`` -> ``snippets/x.py``), and paths
   into an installed Python keep only their tail
   (``/opt/venv/lib/python3.11/site-packages/torch/_tensor.py`` ->
   ``.../site-packages/torch/_tensor.py``).
4. Windows line endings become ``\\n`` (in the output, and when a recorded
   ``.out`` is read).
5. Bytes that are not UTF-8 are kept as ``\\xNN`` escapes (decoded with
   ``backslashreplace`` by both runners), never silently replaced.

Everything else, warnings and tracebacks included, is kept as printed.
"""

from __future__ import annotations

import re
from pathlib import Path

ADDRESS_TOKEN = "0x..."

_ADDRESS = re.compile(r"(?<= at )0x[0-9a-fA-F]+(?=>)")
_BUILD_PATH_SUFFIX = r" \(Triggered internally at [^()\n]*\)"
# The suffix alone on its line goes with its line break; elsewhere, alone.
_BUILD_PATH = re.compile(rf"^{_BUILD_PATH_SUFFIX}\n|{_BUILD_PATH_SUFFIX}", re.MULTILINE)
# The installation prefix of any Python: everything before site-packages/
# or the standard library folder lib/pythonX.Y/.
_INSTALL_PREFIX = re.compile(
    r"(?:/[^/\s\"'<>:]+)+/(?=(?:site-packages|dist-packages|lib/python\d+\.\d+)/)"
)


def normalize_addresses(text: str) -> str:
    return _ADDRESS.sub(ADDRESS_TOKEN, text)


def strip_build_paths(text: str) -> str:
    return _BUILD_PATH.sub("", text)


def relativize_paths(text: str, root: Path) -> str:
    # Installed-Python paths first: a virtualenv inside the repository must
    # not come out as a repo-relative ".venv/lib/..." on one machine only.
    text = _INSTALL_PREFIX.sub(".../", text)
    return text.replace(str(root).rstrip("/") + "/", "")


def normalize_output(text: str, root: Path) -> str:
    """Apply every rule above, in order."""
    text = text.replace("\r\n", "\n")
    text = normalize_addresses(text)
    text = strip_build_paths(text)
    return relativize_paths(text, root)
