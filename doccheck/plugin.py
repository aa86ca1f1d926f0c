"""The pytest plugin's hooks: one test per snippet, checked against its
recorded output.

Loaded by pytest itself through the ``pytest11`` entry point in
pyproject.toml. Run ``pytest snippets/`` (or one file) to check outputs, and
add ``--update-outputs`` to record the new ones after reading why they changed.
"""

from __future__ import annotations

import contextlib
import signal
from pathlib import Path

import pytest
from _pytest.pathlib import fnmatch_ex  # how pytest matches python_files

from .environment import (
    REFUSE_UPDATE_UNDER_CI,
    running_under_ci,
    runs_snippets,
    version_mismatch,
)
from .item import (
    SnippetItem,
    configured_timeout,
    max_output_bytes,
    runner_for,
    session_token,
)
from .paths import SNIPPETS_DIR
from .snippet import snippet_files
from .versions import (
    VersionsFileError,
    installed_versions,
    recorded_versions,
    versions_file,
    write_stamp,
)

_update_log_key = pytest.StashKey["_UpdateLog"]()
_snippet_set_key = pytest.StashKey[frozenset]()


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
        "snippet_max_output_bytes",
        default="1000000",
        help="the most a snippet may print, in bytes (UTF-8): a larger "
        "output fails instead of being recorded or diffed",
    )
    parser.addini(
        "snippet_timeout",
        default="30",
        help="seconds a snippet may run before it fails "
        "('# snippet: timeout N' in the snippet overrides it)",
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--update-outputs") and running_under_ci():
        raise pytest.UsageError(REFUSE_UPDATE_UNDER_CI)
    _end_on_sigterm(config)
    configured_timeout(config)  # a bad value is a usage error, said once
    max_output_bytes(config)
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
    args = config.args
    if not controller and runs_snippets(
        config.rootpath, config.invocation_params.dir, args
    ):
        runner_for(config).start()


_sigterm_key = pytest.StashKey[object]()


def _end_on_sigterm(config: pytest.Config) -> None:
    """SIGTERM ends pytest as Ctrl-C does, so the runners' cleanup (killing
    every snippet's process group) runs; by default it would end pytest
    at once and leave what snippets started behind."""
    if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        return
    with contextlib.suppress(ValueError):  # not the main thread
        signal.signal(signal.SIGTERM, _interrupt)
        config.stash[_sigterm_key] = signal.SIG_DFL


def _interrupt(signum, frame):
    raise KeyboardInterrupt(f"signal {signum}")


def pytest_unconfigure(config: pytest.Config) -> None:
    if _sigterm_key in config.stash:
        with contextlib.suppress(ValueError):
            signal.signal(signal.SIGTERM, config.stash[_sigterm_key])


def pytest_sessionstart(session: pytest.Session) -> None:
    config = session.config
    if hasattr(config, "workerinput") or config.getoption("--update-outputs"):
        return  # the controller checks once; update mode re-records
    if not (config.rootpath / SNIPPETS_DIR).is_dir():
        return
    problem = version_mismatch(config.rootpath)
    if problem is not None:
        pytest.exit(problem, returncode=pytest.ExitCode.USAGE_ERROR)


def _snippet_item(file_path: Path, parent: pytest.Collector) -> SnippetItem | None:
    root = parent.config.rootpath
    if file_path.suffix != ".py" or file_path not in _snippet_set(parent.config):
        return None
    rel = file_path.relative_to(root).as_posix()
    # The item is the file itself: its id is the snippet's path.
    return SnippetItem.from_parent(parent, name=rel, path=file_path, nodeid=rel)


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    if parent.session.isinitpath(file_path) or any(
        fnmatch_ex(pattern, file_path)
        for pattern in parent.config.getini("python_files")
    ):
        # pytest's own collector will ask pytest_pycollect_makemodule (a
        # test_*.py snippet, or one named on the command line): one item.
        return None
    return _snippet_item(file_path, parent)


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makemodule(module_path: Path, parent: pytest.Collector):
    # pytest imports any .py named on the command line as a test module; a
    # snippet must never run inside pytest, so claim it here first.
    return _snippet_item(module_path, parent)


def _snippet_set(config: pytest.Config) -> frozenset[Path]:
    """Every snippet of the repository, found once per session."""
    if _snippet_set_key not in config.stash:
        config.stash[_snippet_set_key] = frozenset(snippet_files(config.rootpath))
    return config.stash[_snippet_set_key]


def pytest_collection_finish(session: pytest.Session) -> None:
    snippets = [item for item in session.items if isinstance(item, SnippetItem)]
    if not snippets:
        return
    runner = runner_for(session.config)
    runner.start()  # (a no-op if pytest_configure started it)
    # Under xdist each worker gets items a few at a time and other workers use
    # the other cores; alone, pytest lets the server run ahead on them.
    if (
        not hasattr(session.config, "workerinput")
        and not session.config.option.collectonly
    ):
        root = session.config.rootpath
        runner.prefetch(
            [(item.path, root, item.timeout()) for item in snippets],
            session=session_token(session),
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
    try:
        recorded = recorded_versions(root)
    except VersionsFileError:
        recorded = None  # re-stamped below when every snippet passed
    if recorded == current:
        return
    stats = terminalreporter.stats
    passed = {r.nodeid for r in stats.get("passed", []) if r.when == "call"}
    everything = {p.relative_to(root).as_posix() for p in _snippet_set(config)}
    path = versions_file(root).relative_to(root)
    if everything and everything <= passed:
        write_stamp(root, current)
        terminalreporter.write_line(
            f"  recorded {path}: torch {current['torch']}, Python {current['python']}"
        )
    else:
        missing = len(everything - passed)
        terminalreporter.write_line(
            f"  {path} still names {recorded}: "
            f"{missing} snippet(s) did not pass in this run, so it was not changed."
        )
