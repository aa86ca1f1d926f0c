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


def recorded_output(snippet: Snippet) -> str | None:
    out = snippet.output_path
    return out.read_bytes().decode("utf-8") if out.exists() else None


def record(snippet: Snippet, actual: str) -> str | None:
    """Write the output if it differs from the record: "new", "changed" or
    None when nothing was written."""
    recorded = recorded_output(snippet)
    if recorded == actual:
        return None
    snippet.output_path.write_bytes(actual.encode("utf-8"))
    return "new" if recorded is None else "changed"


def compare(snippet: Snippet, actual: str) -> None:
    """Fail, with a diff and the command to accept it, unless they match."""
    recorded = recorded_output(snippet)
    accept = f"pytest {snippet.rel} --update-outputs"
    if recorded is None:
        raise SnippetFailure(
            f"{snippet.rel} has no recorded output ({snippet.output_rel} is missing). "
            f"Record it with:\n    {accept}\nthen read it before committing."
        )
    if recorded != actual:
        diff = "".join(
            difflib.unified_diff(
                recorded.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=f"{snippet.output_rel} (recorded)",
                tofile=f"python {snippet.rel} (actual)",
            )
        )
        if not recorded.endswith("\n") or not actual.endswith("\n"):
            diff += "\n(one side does not end with a newline)"
        raise SnippetFailure(
            f"{snippet.rel}: its output differs from {snippet.output_rel}\n\n"
            f"{diff}\n"
            f"If the new output is right, accept it with:\n    {accept}"
        )
