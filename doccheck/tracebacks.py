"""The last line of a Python traceback: which exception ended a run."""

from __future__ import annotations

import re

TRACEBACK_HEADER = "Traceback (most recent call last):"
# A file python cannot compile ends the run with no "Traceback" header:
#   File "x.py", line 2 / the line / a caret / SyntaxError: message
_COMPILE_ERROR = re.compile(
    r'^  File "[^"\n]*", line \d+\n(?:.*\n)*?(?:SyntaxError|IndentationError|TabError)'
    r"(?::|$)",
    re.MULTILINE,
)


def final_exception(text: str) -> tuple[str, str] | None:
    """(class name, message) of the exception a traceback ends with, or None
    when the text holds no traceback. ``torch.OutOfMemoryError: x`` gives
    ``("OutOfMemoryError", "x")``."""
    if TRACEBACK_HEADER not in text and not _COMPILE_ERROR.search(text):
        return None
    last = text.rstrip("\n").rsplit("\n", 1)[-1]
    qualified, _, message = last.partition(": ")
    name = qualified.strip().rsplit(".", 1)[-1]
    return (name, message) if name else None
