"""One pytest item per snippet file, and the runner that runs it."""

from __future__ import annotations

import atexit
import contextlib
import functools

import pytest

from .normalize import normalize_output
from .outcome import SnippetFailure, check_ending, compare, record
from .runner import ForkServerError, ForkServerRunner, SubprocessRunner
from .snippet import Snippet, SnippetSpecError

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
        return float(self.config.getini("snippet_timeout"))

    def runtest(self) -> None:
        root = self.config.rootpath
        try:
            snippet = self.snippet
        except SnippetSpecError as error:
            raise SnippetFailure(str(error)) from None
        timeout = self.timeout()
        try:
            result = runner_for(self.config).run(snippet.path, root, timeout)
        except ForkServerError as error:
            raise SnippetFailure(f"{snippet.rel}: {error}") from None
        actual = normalize_output(result.output, root)
        check_ending(snippet, result, actual, timeout)
        if self.config.getoption("--update-outputs"):
            change = record(snippet, actual)
            if change is not None:
                self.user_properties.append(
                    ("updated_output", (snippet.output_rel, change))
                )
        else:
            compare(snippet, actual)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, SnippetFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, None, self.name
