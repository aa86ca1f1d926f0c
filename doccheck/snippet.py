"""What a snippet file is: its paths, its recorded output and its directives.

A snippet may carry directives, each a comment line of its own, anywhere in
the file:

    # snippet: raises RuntimeError   the run must end with this exception
                                     (its traceback is the recorded output)
    # snippet: timeout 60            seconds before the run is killed
                                     (above 0, at most MAX_TIMEOUT)

Only real comments count (found with tokenize, so a string that contains
"# snippet:" is not a directive). Anything else after ``# snippet:``, a
directive given twice, ``# Snippet:`` in another case, or a directive after
code on the same line is an error that names the file and line.
"""

from __future__ import annotations

import io
import math
import re
import tokenize
from dataclasses import dataclass
from pathlib import Path

from .paths import OUTPUT_SUFFIX, SNIPPETS_DIR

_DIRECTIVE = re.compile(
    r"^#\s*(?P<word>snippet)\s*:\s*(?P<body>.*?)\s*$", re.IGNORECASE
)
_RAISES = re.compile(r"^raises\s+(?P<name>[A-Za-z_][A-Za-z0-9_]*)$")
_TIMEOUT = re.compile(r"^timeout\s+(?P<seconds>\S+)$")
MAX_TIMEOUT = 3600.0  # an hour: a longer wait is a mistake, not a snippet
_USAGE = "write '# snippet: raises <ExceptionName>' or '# snippet: timeout <seconds>'"


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
        rel = path.relative_to(root)
        text = read_source(path, rel)
        raises, timeout = parse_directives(text, rel)
        return cls(path=path, root=root, raises=raises, timeout=timeout)


def read_source(path: Path, rel: Path) -> str:
    """The file's text, decoded as python decodes it (PEP 263: UTF-8 unless
    a coding line says otherwise)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SnippetSpecError(rel, 1, f"cannot be read: {error.strerror}") from None
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise SnippetSpecError(
            rel,
            line,
            f"is not valid {error.encoding} (byte {data[error.start]:#04x}); "
            "save it as UTF-8, or declare its encoding on line 1 or 2 "
            "('# -*- coding: latin-1 -*-')",
        ) from None
    except (SyntaxError, LookupError) as error:
        raise SnippetSpecError(rel, 1, f"has a bad coding line: {error}") from None


def _comments(text: str) -> list[tuple[int, str, bool]]:
    """(line, text, alone on its line) of every comment in the source. A file
    tokenize cannot read (it will fail as a SyntaxError when run) is read
    line by line instead."""
    try:
        return [
            (token.start[0], token.string, not token.line[: token.start[1]].strip())
            for token in tokenize.generate_tokens(io.StringIO(text).readline)
            if token.type == tokenize.COMMENT
        ]
    except (tokenize.TokenError, SyntaxError):
        return [
            (number, line.strip(), True)
            for number, line in enumerate(text.splitlines(), start=1)
            if line.strip().startswith("#")
        ]


def parse_directives(text: str, rel: Path) -> tuple[str | None, float | None]:
    """(raises, timeout) that a snippet's source declares; None if it does not.

    The one reader of ``# snippet:`` lines, for the checker and the notebooks.
    """
    raises = timeout = None
    seen: dict[str, int] = {}
    for number, comment, alone in _comments(text):
        match = _DIRECTIVE.match(comment)
        if not match:
            continue
        body = match.group("body")
        if match.group("word") != "snippet":
            raise SnippetSpecError(
                rel, number, f"write '# snippet:' in lower case; {_USAGE}"
            )
        if not alone:
            raise SnippetSpecError(
                rel, number, "a directive must be a comment line of its own"
            )
        kind = body.split(maxsplit=1)[0] if body else ""
        if kind in seen:
            raise SnippetSpecError(
                rel,
                number,
                f"a second '{kind}' directive (line {seen[kind]} has one); keep one",
            )
        seen[kind] = number
        if m := _RAISES.match(body):
            raises = m.group("name")
        elif m := _TIMEOUT.match(body):
            timeout = _seconds(m.group("seconds"), rel, number)
        else:
            raise SnippetSpecError(rel, number, f"unknown directive {body!r}; {_USAGE}")
    return raises, timeout


def _seconds(text: str, rel: Path, number: int) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not 0 < seconds <= MAX_TIMEOUT:  # (NaN fails too)
        raise SnippetSpecError(
            rel,
            number,
            f"timeout {text!r}: give the seconds the snippet may run, "
            f"above 0 and at most {MAX_TIMEOUT:g}",
        )
    return seconds


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
