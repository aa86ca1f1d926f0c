"""Did a snippet's run end as declared, and does its output match the record?"""

from __future__ import annotations

import difflib

from .runner import RunResult
from .snippet import Snippet


class SnippetFailure(Exception):
    """A snippet's run or output is wrong; the message says how and what next."""


def _tail(text: str, lines: int = 25) -> str:
    kept = text.splitlines()[-lines:]
    return "\n".join("    " + line for line in kept) or "    (no output)"


def check_ending(
    snippet: Snippet, result: RunResult, output: str, timeout: float
) -> None:
    """Fail unless the run ended as the snippet says it should."""
    if result.timed_out:
        raise SnippetFailure(
            f"{snippet.rel} did not finish within {timeout:g} s and was killed. "
            "If it is stuck, fix it; if it really needs longer, add "
            f"'# snippet: timeout <seconds>'. Its output so far:\n{_tail(output)}"
        )
    if result.signal is not None or (
        result.returncode != 0 and result.exception is None
    ):
        raise SnippetFailure(
            f"{snippet.rel} {result.ending()}, so it did not run to the end. "
            f"Run `python {snippet.rel}` to see it. Last output:\n{_tail(output)}"
        )
    if snippet.raises is None and result.exception is not None:
        raise SnippetFailure(
            f"{snippet.rel} raised {result.exception}, which it does not declare. "
            "Fix the snippet, or, if the error is the point of the example, "
            f"add '# snippet: raises {result.exception}'. Traceback:\n{_tail(output)}"
        )
    if snippet.raises is not None and result.exception != snippet.raises:
        what = f"raised {result.exception}" if result.exception else "raised nothing"
        raise SnippetFailure(
            f"{snippet.rel} declares '# snippet: raises {snippet.raises}' but "
            f"{what}. Make it raise {snippet.raises}, or change the "
            f"declaration. Output:\n{_tail(output)}"
        )


def _read_recorded(snippet: Snippet) -> str | None:
    """The recorded output, None if there is none; SnippetFailure when the
    file cannot be one (a symbolic link, a directory, not UTF-8)."""
    out = snippet.output_path
    if out.is_symlink():
        raise SnippetFailure(
            f"{snippet.output_rel} is a symbolic link. A recorded output is a "
            "plain file in the repository, never written through a link: "
            f"delete the link and record again with:\n    {_accept(snippet)}"
        )
    if not out.exists():
        return None
    if out.is_dir():
        raise SnippetFailure(
            f"{snippet.output_rel} is a directory, not a recorded output. "
            f"Move it away, then record with:\n    {_accept(snippet)}"
        )
    data = out.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise _NotUtf8(
            f"{snippet.output_rel} is not UTF-8 (byte {data[error.start]:#04x} "
            f"on line {line}); outputs are recorded as UTF-8. Record it again "
            f"with:\n    {_accept(snippet)}"
        ) from None
    # Windows line endings (a checkout with core.autocrlf) read as \n, as
    # they are in a snippet's output (normalization rule 4).
    return text.replace("\r\n", "\n")


class _NotUtf8(SnippetFailure):
    """A recorded output that is not UTF-8: update mode may overwrite it."""


def recorded_output(snippet: Snippet) -> str | None:
    return _read_recorded(snippet)


def _accept(snippet: Snippet) -> str:
    return f"pytest {snippet.rel} --update-outputs"


def record(snippet: Snippet, actual: str) -> str | None:
    """Write the output if it differs from the record: "new", "changed" or
    None when nothing was written."""
    try:
        recorded = _read_recorded(snippet)
    except _NotUtf8:
        recorded = ""  # unreadable as an output: replace it
    if recorded == actual:
        return None
    snippet.output_path.write_bytes(actual.encode("utf-8"))
    return "new" if recorded is None else "changed"


def check_size(snippet: Snippet, actual: str, limit: int) -> None:
    """Fail when the output is too large to be an example's output."""
    size = len(actual.encode("utf-8"))
    if size > limit:
        raise SnippetFailure(
            f"{snippet.rel} printed {size:,} bytes, more than the {limit:,} a "
            "recorded output may hold. Print less (a reader cannot read it "
            "either), or raise snippet_max_output_bytes under "
            "[tool.pytest.ini_options] in pyproject.toml."
        )


# Above this many lines on either side, show the first differing region
# rather than a full diff (difflib is quadratic on large changed outputs).
FULL_DIFF_LINES = 2000
_REGION_CONTEXT = 3
_REGION_LINES = 20


def describe_difference(recorded: str, actual: str, fromfile: str, tofile: str) -> str:
    """A unified diff, or, for large outputs, the first region that differs."""
    old, new = recorded.splitlines(keepends=True), actual.splitlines(keepends=True)
    if max(len(old), len(new)) <= FULL_DIFF_LINES:
        diff = "".join(difflib.unified_diff(old, new, fromfile=fromfile, tofile=tofile))
    else:
        first = next(
            (i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b),
            min(len(old), len(new)),
        )
        start = max(0, first - _REGION_CONTEXT)
        end = first + _REGION_LINES
        diff = (
            f"--- {fromfile} ({len(old):,} lines)\n"
            f"+++ {tofile} ({len(new):,} lines)\n"
            f"first difference at line {first + 1}; lines {start + 1}-{end} "
            "of each side (the rest is not compared line by line):\n"
            + "".join(" " + line for line in old[start:first])
            + "".join("-" + line for line in old[first:end])
            + "".join("+" + line for line in new[first:end])
        )
    if not diff.endswith("\n"):
        diff += "\n"
    if not recorded.endswith("\n") or not actual.endswith("\n"):
        diff += "(one side does not end with a newline)\n"
    return diff


def compare(snippet: Snippet, actual: str) -> None:
    """Fail, with a diff and the command to accept it, unless they match."""
    recorded = recorded_output(snippet)
    accept = _accept(snippet)
    if recorded is None:
        raise SnippetFailure(
            f"{snippet.rel} has no recorded output ({snippet.output_rel} is missing). "
            f"Record it with:\n    {accept}\nthen read it before committing."
        )
    if recorded != actual:
        diff = describe_difference(
            recorded,
            actual,
            f"{snippet.output_rel} (recorded)",
            f"python {snippet.rel} (actual)",
        )
        raise OutputDiffers(
            f"{snippet.rel}: its output differs from {snippet.output_rel}\n\n"
            f"{diff}\n"
            f"If the new output is right, accept it with:\n    {accept}"
        )


class OutputDiffers(SnippetFailure):
    """The run ended as declared but printed something else than the record."""


def unstable_output(snippet: Snippet, first: str, second: str) -> str:
    """Why two runs of one snippet that printed different things fail."""
    return (
        f"{snippet.rel} printed different output on two runs in a row, so "
        "there is no one output to record or compare. Seed everything random "
        "(torch.manual_seed(0), random.seed(0)) and avoid printing times, ids "
        "or set order.\n\n"
        + describe_difference(first, second, "first run", "second run")
    )
