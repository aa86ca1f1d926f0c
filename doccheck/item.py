"""One pytest item per snippet file, and the runner that runs it."""

from __future__ import annotations

import atexit
import contextlib
import functools
import math
import uuid

import pytest

from .normalize import normalize_output
from .outcome import (
    OutputDiffers,
    SnippetFailure,
    check_ending,
    check_size,
    compare,
    record,
    recorded_output,
    unstable_output,
)
from .runner import ForkServerError, ForkServerRunner, RunResult, SubprocessRunner
from .snippet import MAX_TIMEOUT, Snippet, SnippetSpecError

_fork_server: ForkServerRunner | None = None


def runner_for(config: pytest.Config) -> ForkServerRunner | SubprocessRunner:
    """One fork server per process (per xdist worker), however many sessions
    run in it (the engine's own tests run pytest inside pytest)."""
    global _fork_server
    if config.getoption("--snippet-runner") == "subprocess":
        return SubprocessRunner()
    if _fork_server is None:
        _fork_server = ForkServerRunner()
        atexit.register(_fork_server.close)
    return _fork_server


_session_key = pytest.StashKey[str]()


def session_token(session: pytest.Session) -> str:
    """Names this pytest session to the fork server, whose results run ahead
    for one session must never answer another in the same process."""
    if _session_key not in session.stash:
        session.stash[_session_key] = uuid.uuid4().hex
    return session.stash[_session_key]


class SnippetItem(pytest.Item):
    @functools.cached_property
    def snippet(self) -> Snippet:
        """The snippet file, read once (raises SnippetSpecError if malformed)."""
        return Snippet.load(self.path, self.config.rootpath)

    def timeout(self) -> float:
        """The snippet's own timeout, or the configured default."""
        with contextlib.suppress(SnippetSpecError):
            if self.snippet.timeout:
                return self.snippet.timeout
        return configured_timeout(self.config)

    def _run(self, snippet: Snippet, timeout: float) -> tuple[RunResult, str]:
        root = self.config.rootpath
        try:
            result = runner_for(self.config).run(
                snippet.path, root, timeout, session=session_token(self.session)
            )
        except ForkServerError as error:
            raise SnippetFailure(f"{snippet.rel}: {error}") from None
        return result, normalize_output(result.output, root)

    def runtest(self) -> None:
        try:
            snippet = self.snippet
        except SnippetSpecError as error:
            raise SnippetFailure(str(error)) from None
        timeout = self.timeout()
        result, actual = self._run(snippet, timeout)
        check_ending(snippet, result, actual, timeout)
        check_size(snippet, actual, max_output_bytes(self.config))
        if self.config.getoption("--update-outputs"):
            try:
                unchanged = recorded_output(snippet) == actual
            except SnippetFailure:
                unchanged = False
            if not unchanged:
                # Record only an output the snippet prints every time.
                _, again = self._run(snippet, timeout)
                if again != actual:
                    raise SnippetFailure(unstable_output(snippet, actual, again))
            change = record(snippet, actual)
            if change is not None:
                self.user_properties.append(
                    ("updated_output", (snippet.output_rel, change))
                )
            return
        try:
            compare(snippet, actual)
        except OutputDiffers as differs:
            _, again = self._run(snippet, timeout)
            if again != actual:
                raise SnippetFailure(
                    f"{differs}\n\nThe likely cause: "
                    + unstable_output(snippet, actual, again)
                ) from None
            raise

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, SnippetFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, None, self.name


def configured_timeout(config: pytest.Config) -> float:
    return _positive_setting(config, "snippet_timeout", MAX_TIMEOUT)


def max_output_bytes(config: pytest.Config) -> int:
    return int(_positive_setting(config, "snippet_max_output_bytes", math.inf))


def _positive_setting(config: pytest.Config, name: str, limit: float) -> float:
    text = config.getini(name)
    try:
        value = float(text)
    except (TypeError, ValueError):
        value = math.nan
    if not 0 < value <= limit:
        raise pytest.UsageError(
            f"{name} = {text!r} (in [tool.pytest.ini_options] or -o): give a "
            f"number above 0" + (f" and at most {limit:g}" if limit < math.inf else "")
        )
    return value
