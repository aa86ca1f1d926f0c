"""The pytest plugin: one test per snippet, checked against its ``.out`` file.

Registered for the whole repository by the root ``conftest.py``. Run
``pytest snippets/`` (or one file) to check outputs, and add
``--update-outputs`` to record the new ones after reading why they changed.
"""

from __future__ import annotations

import atexit
import contextlib
import difflib
import functools
import json
import os
import sys
from importlib import metadata
from pathlib import Path

import pytest

from .normalize import normalize_output
from .runner import ForkServerError, ForkServerRunner, RunResult, SubprocessRunner
from .snippet import SNIPPETS_DIR, Snippet, SnippetSpecError, snippet_files

VERSIONS_FILE = "recorded_with.json"
UPDATE_COMMAND = "make update"  # what the README tells maintainers to run

_update_log_key = pytest.StashKey["_UpdateLog"]()


class SnippetFailure(Exception):
    """A snippet's run or output is wrong; the message says how and what next."""


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("doccheck", "snippets and their recorded outputs")
    group.addoption(
        "--update-outputs",
        action="store_true",
        help="write the .out files that are missing or differ (never under CI)",
    )
    group.addoption(
        "--snippet-runner",
        choices=("fork", "subprocess"),
        default="fork",
        help="fork: children of one process that imported torch (fast, the "
        "default); subprocess: one fresh `python` per snippet (slow, exact)",
    )
    parser.addini(
        "snippet_timeout",
        default="30",
        help="seconds a snippet may run before it fails "
        "('# snippet: timeout N' in the snippet overrides it)",
    )


def running_under_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--update-outputs") and running_under_ci():
        raise pytest.UsageError(
            "--update-outputs refuses to run under CI (the CI environment "
            "variable is set): recorded outputs change only when a person has "
            "read the diff. Run it on your machine and commit the .out files."
        )
    log = _UpdateLog()
    config.stash[_update_log_key] = log
    config.pluginmanager.register(log, "doccheck-update-log")
    config.addinivalue_line(
        "markers", "snippet: a snippet checked against its recorded output"
    )
    # Start importing torch now, while pytest (and each xdist worker) is still
    # starting up and collecting; an xdist controller runs no snippet itself.
    controller = getattr(config.option, "numprocesses", None) and not hasattr(
        config, "workerinput"
    )
    if not controller and _runs_snippets(config):
        _runner(config).start()


def _runs_snippets(config: pytest.Config) -> bool:
    """Do the paths pytest was given include any snippet?"""
    snippets = (config.rootpath / SNIPPETS_DIR).resolve()
    for arg in config.args:
        path = (config.invocation_params.dir / arg.split("::")[0]).resolve()
        if path == snippets or snippets in path.parents or path in snippets.parents:
            return True
    return False


def installed_versions() -> dict[str, str]:
    """torch and Python as recorded: no local build tag, Python as X.Y."""
    return {
        "python": "{}.{}".format(*sys.version_info[:2]),
        "torch": metadata.version("torch").split("+")[0],
    }


def recorded_versions(root: Path) -> dict[str, str] | None:
    path = root / SNIPPETS_DIR / VERSIONS_FILE
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def pytest_sessionstart(session: pytest.Session) -> None:
    config = session.config
    if hasattr(config, "workerinput") or config.getoption("--update-outputs"):
        return  # the controller checks once; update mode re-records
    root = config.rootpath
    if not (root / SNIPPETS_DIR).is_dir():
        return
    recorded = recorded_versions(root)
    current = installed_versions()
    if recorded is None:
        pytest.exit(
            f"{SNIPPETS_DIR}/{VERSIONS_FILE} is missing: it records the torch and "
            f"Python versions the outputs were made with. Run `{UPDATE_COMMAND}` "
            "to record outputs and create it.",
            returncode=pytest.ExitCode.USAGE_ERROR,
        )
    if recorded != current:
        pytest.exit(
            f"The recorded outputs were made with torch {recorded.get('torch')} on "
            f"Python {recorded.get('python')}, but this is torch {current['torch']} "
            f"on Python {current['python']}. Their outputs would differ in many "
            "small ways, so no snippet was run. Either install the pinned "
            f"versions (`make setup`), or re-record with `{UPDATE_COMMAND}` and "
            "read `git diff snippets/` before committing.",
            returncode=pytest.ExitCode.USAGE_ERROR,
        )


def _snippet_item(file_path: Path, parent: pytest.Collector) -> SnippetItem | None:
    root = parent.config.rootpath
    if file_path.suffix != ".py" or file_path not in _snippet_set(parent.config):
        return None
    rel = file_path.relative_to(root).as_posix()
    # The item is the file itself: its id is the snippet's path.
    return SnippetItem.from_parent(parent, name=rel, path=file_path, nodeid=rel)


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    if parent.session.isinitpath(file_path):
        return None  # named on the command line: see pytest_pycollect_makemodule
    return _snippet_item(file_path, parent)


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makemodule(module_path: Path, parent: pytest.Collector):
    # pytest imports any .py named on the command line as a test module; a
    # snippet must never run inside pytest, so claim it here first.
    return _snippet_item(module_path, parent)


_snippet_set_key = pytest.StashKey[frozenset]()


def _snippet_set(config: pytest.Config) -> frozenset[Path]:
    """Every snippet of the repository, found once per session."""
    if _snippet_set_key not in config.stash:
        config.stash[_snippet_set_key] = frozenset(snippet_files(config.rootpath))
    return config.stash[_snippet_set_key]


def pytest_collection_finish(session: pytest.Session) -> None:
    snippets = [item for item in session.items if isinstance(item, SnippetItem)]
    if not snippets:
        return
    runner = _runner(session.config)
    runner.start()  # (a no-op if pytest_configure started it)
    # Under xdist each worker gets items a few at a time and other workers use
    # the other cores; alone, pytest lets the server run ahead on them.
    if (
        not hasattr(session.config, "workerinput")
        and not session.config.option.collectonly
    ):
        root = session.config.rootpath
        runner.prefetch([(item.path, root, item.timeout()) for item in snippets])


_fork_server: ForkServerRunner | None = None


def _runner(config: pytest.Config) -> ForkServerRunner | SubprocessRunner:
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
            result = _runner(self.config).run(snippet.path, root, timeout)
        except ForkServerError as error:
            raise SnippetFailure(f"{snippet.rel}: {error}") from None
        actual = normalize_output(result.output, root)
        check_ending(snippet, result, actual, timeout)
        record_or_compare(snippet, actual, self)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, SnippetFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, None, self.name


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


def record_or_compare(snippet: Snippet, actual: str, item: SnippetItem) -> None:
    out = snippet.output_path
    recorded = out.read_bytes().decode("utf-8") if out.exists() else None
    if item.config.getoption("--update-outputs"):
        if recorded != actual:
            out.write_bytes(actual.encode("utf-8"))
            change = "new" if recorded is None else "changed"
            item.user_properties.append(
                ("updated_output", (snippet.output_rel, change))
            )
        return
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


class _UpdateLog:
    """Collects, in the controller, which .out files the workers rewrote."""

    def __init__(self) -> None:
        self.updated: set[tuple[str, str]] = set()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        for name, value in report.user_properties:
            if name == "updated_output":
                self.updated.add(tuple(value))


def pytest_terminal_summary(
    terminalreporter, exitstatus, config: pytest.Config
) -> None:
    if hasattr(config, "workerinput") or not config.getoption("--update-outputs"):
        return
    updated = config.stash[_update_log_key].updated
    write = terminalreporter.write_line
    terminalreporter.section("recorded outputs")
    if updated:
        write(f"Updated {len(updated)} recorded output(s):")
        for path, change in sorted(updated):
            write(f"  {change:8} {path}")
        write("Read them (`git diff snippets/`) before committing.")
    else:
        write("Every recorded output that ran already matched; nothing was written.")
    _update_versions_file(terminalreporter, config)


def _update_versions_file(terminalreporter, config: pytest.Config) -> None:
    """Re-stamp the versions only when every snippet was re-recorded cleanly."""
    root = config.rootpath
    current = installed_versions()
    if recorded_versions(root) == current:
        return
    stats = terminalreporter.stats
    passed = {r.nodeid for r in stats.get("passed", []) if r.when == "call"}
    everything = {p.relative_to(root).as_posix() for p in _snippet_set(config)}
    path = root / SNIPPETS_DIR / VERSIONS_FILE
    if everything and everything <= passed:
        path.write_text(json.dumps(current, indent=2) + "\n", encoding="utf-8")
        terminalreporter.write_line(
            f"  recorded {path.relative_to(root)}: torch {current['torch']}, "
            f"Python {current['python']}"
        )
    else:
        missing = len(everything - passed)
        terminalreporter.write_line(
            f"  {path.relative_to(root)} still names {recorded_versions(root)}: "
            f"{missing} snippet(s) did not pass in this run, so it was not changed."
        )
