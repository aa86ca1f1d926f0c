"""What a snippet file is: its paths, its recorded output and its directives.

A snippet may carry directives, one per comment line, anywhere in the file:

    # snippet: raises RuntimeError   the run must end with this exception
                                     (its traceback is the recorded output)
    # snippet: timeout 60            seconds before the run is killed

Anything else after ``# snippet:`` is an error that names the file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .paths import OUTPUT_SUFFIX, SNIPPETS_DIR

_DIRECTIVE = re.compile(r"^#\s*snippet:\s*(?P<body>.*?)\s*$")
_RAISES = re.compile(r"^raises\s+(?P<name>[A-Za-z_][A-Za-z0-9_]*)$")
_TIMEOUT = re.compile(r"^timeout\s+(?P<seconds>\d+(?:\.\d+)?)$")


class SnippetSpecError(Exception):
    """A snippet file says something the engine cannot accept."""

    def __init__(self, path: Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")


@dataclass(frozen=True)
class Snippet:
    path: Path  # absolute
    root: Path  # the repository root, where `python snippets/...` is run
    raises: str | None = None
    timeout: float | None = None

    @property
    def rel(self) -> str:
        """The path readers type: ``snippets/basics/x/01_y.py``."""
        return self.path.relative_to(self.root).as_posix()

    @property
    def output_path(self) -> Path:
        return self.path.with_suffix(OUTPUT_SUFFIX)

    @property
    def output_rel(self) -> str:
        return self.output_path.relative_to(self.root).as_posix()

    @classmethod
    def load(cls, path: Path, root: Path) -> Snippet:
        text = path.read_text(encoding="utf-8")
        raises, timeout = parse_directives(text, path.relative_to(root))
        return cls(path=path, root=root, raises=raises, timeout=timeout)


def parse_directives(text: str, rel: Path) -> tuple[str | None, float | None]:
    """(raises, timeout) that a snippet's source declares; None if it does not.

    The one reader of ``# snippet:`` lines, for the checker and the notebooks.
    """
    raises = timeout = None
    for number, line in enumerate(text.splitlines(), start=1):
        match = _DIRECTIVE.match(line.strip())
        if not match:
            continue
        body = match.group("body")
        if m := _RAISES.match(body):
            raises = m.group("name")
        elif m := _TIMEOUT.match(body):
            timeout = float(m.group("seconds"))
        else:
            raise SnippetSpecError(
                rel,
                number,
                f"unknown directive {body!r}; write "
                "'# snippet: raises <ExceptionName>' or "
                "'# snippet: timeout <seconds>'",
            )
    return raises, timeout


def _visible(path: Path, base: Path) -> bool:
    return not any(
        part.startswith(".") or part == "__pycache__"
        for part in path.relative_to(base).parts
    )


def snippet_files(root: Path) -> list[Path]:
    """Every snippet under ``root/snippets``, in a stable order."""
    base = root / SNIPPETS_DIR
    return sorted(p for p in base.rglob("*.py") if _visible(p, base))


def output_files(root: Path) -> list[Path]:
    base = root / SNIPPETS_DIR
    return sorted(p for p in base.rglob("*" + OUTPUT_SUFFIX) if _visible(p, base))
