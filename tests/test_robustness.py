"""The checker against deliberately bad inputs: snippets that misbehave,
broken files, interrupted runs. Each must end in one clear message naming
the file, with the rest of the run going on, and leave no process behind."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from processes import alive, wait_dead

from doccheck.normalize import normalize_addresses, normalize_output
from doccheck.runner import SubprocessRunner
from doccheck.versions import installed_versions

pytest_plugins = ["pytester"]


class Project:
    """A throwaway repository with snippets/ and a recorded_with.json."""

    def __init__(self, pytester: pytest.Pytester) -> None:
        self.pytester = pytester
        self.root = pytester.path
        (self.root / "snippets").mkdir()
        (self.root / "snippets/recorded_with.json").write_text(
            json.dumps(installed_versions())
        )
        pytester.makeini("[pytest]\nsnippet_timeout = 5\n")

    def snippet(self, rel: str, code: str, out: str | bytes | None = None) -> Path:
        path = self.root / "snippets" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(code).lstrip())
        if isinstance(out, bytes):
            path.with_suffix(".out").write_bytes(out)
        elif out is not None:
            path.with_suffix(".out").write_text(out)
        return path

    def run(self, *args: str) -> pytest.RunResult:
        return self.pytester.runpytest(*args)


@pytest.fixture
def project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> Project:
    monkeypatch.delenv("CI", raising=False)
    return Project(pytester)


def _processes_in(folder: Path) -> list[str]:
    """Processes whose working directory is ``folder`` (every snippet's)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) != os.getpid():
            try:
                if Path(os.readlink(f"/proc/{entry}/cwd")) == folder and alive(
                    int(entry)
                ):
                    found.append(
                        Path(f"/proc/{entry}/cmdline")
                        .read_bytes()
                        .replace(b"\0", b" ")
                        .decode()
                    )
            except OSError:
                continue
    return found


# What a shell does before it runs a command in a terminal: Ctrl-C at its
# default. This suite may itself run where SIGINT is ignored (a background
# job of a script, nohup), and a child inherits that.
_AS_FROM_A_TERMINAL = (
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
    "os.execv(sys.executable, [sys.executable, '-m', 'pytest', *sys.argv[1:]])"
)


def _start_pytest(project: Project, *args: str) -> subprocess.Popen:
    """pytest in the project, in its own process group, as a shell starts a
    command (so the group can be signalled as a terminal does)."""
    return subprocess.Popen(
        [sys.executable, "-c", _AS_FROM_A_TERMINAL, *args],
        cwd=project.root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _interrupt(run: subprocess.Popen, signum: int) -> None:
    """Send ``signum`` to the run's whole group, as Ctrl-C in a terminal
    does, and wait for it to end (killing it if it does not in 30 s)."""
    try:
        os.killpg(run.pid, signum)
        run.wait(timeout=30)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            run.wait()


def _processes_left_in(folder: Path) -> list[str]:
    """_processes_in, after giving an exiting fork server up to 10 s."""
    deadline = time.monotonic() + 10
    while _processes_in(folder) and time.monotonic() < deadline:
        time.sleep(0.1)
    return _processes_in(folder)


# A snippet that starts a process and leaves it running, saying its pid.
LEAVES_A_CHILD = """
    import subprocess
    import sys
    child = subprocess.Popen(["sleep", "300"])
    with open(sys.argv[0] + ".pid", "w") as f:
        f.write(str(child.pid))
    print("started")
"""


# --- processes must not outlive the run ---------------------------------------


@pytest.mark.parametrize("runner", ["fork", "subprocess"])
def test_a_process_a_snippet_leaves_running_is_killed_and_does_not_hold_the_run(
    project: Project, runner: str
):
    path = project.snippet("a/01_leave.py", LEAVES_A_CHILD, out="started\n")
    # Passing within the 5 s timeout: the run does not wait for the sleep,
    # as python does not.
    project.run("snippets", f"--snippet-runner={runner}").assert_outcomes(passed=1)
    pid = int(Path(str(path) + ".pid").read_text())
    assert wait_dead([pid]) == []


HANGS_WITH_A_CHILD = """
    import os
    import subprocess
    import sys
    import time
    child = subprocess.Popen(["sleep", "300"])
    with open(sys.argv[0] + ".pid", "w") as f:
        f.write(f"{os.getpid()} {child.pid}")
    while True:
        time.sleep(0.1)
"""


@pytest.mark.parametrize(
    ("signum", "workers", "runner"),
    [
        (signal.SIGINT, "0", "fork"),
        (signal.SIGTERM, "0", "fork"),
        (signal.SIGINT, "2", "fork"),
        (signal.SIGTERM, "2", "subprocess"),
    ],
    ids=["ctrl-c", "sigterm", "ctrl-c-xdist", "sigterm-xdist-subprocess"],
)
def test_an_interrupted_run_leaves_no_process(
    project: Project, signum: int, workers: str, runner: str
):
    paths = [
        project.snippet(f"a/0{n}_hang.py", HANGS_WITH_A_CHILD, out="") for n in range(3)
    ]
    run = _start_pytest(
        project,
        "snippets",
        "-n",
        workers,
        f"--snippet-runner={runner}",
        "-p",
        "no:cacheprovider",
    )
    pid_files = [Path(str(p) + ".pid") for p in paths]
    deadline = time.monotonic() + 60
    while not any(f.exists() for f in pid_files) and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)
    pids = [int(p) for f in pid_files if f.exists() for p in f.read_text().split()]
    assert pids, "no snippet started"
    _interrupt(run, signum)
    assert wait_dead(pids) == []
    assert _processes_left_in(project.root) == []


# Collection that takes its time: long enough to be interrupted while the
# fork server, started when pytest is configured, is already importing torch.
SLOW_COLLECTION = """
    import time
    from pathlib import Path

    def pytest_collection_finish(session):
        Path("collecting").write_text("now")
        time.sleep(120)
"""


@pytest.mark.parametrize("workers", ["0", "2"], ids=["ctrl-c", "ctrl-c-xdist"])
def test_a_run_interrupted_while_collecting_leaves_no_process(
    project: Project, workers: str
):
    project.snippet("a/01_x.py", "print(1)\n", out="1\n")
    (project.root / "conftest.py").write_text(textwrap.dedent(SLOW_COLLECTION))
    run = _start_pytest(project, "snippets", "-n", workers)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (
            (project.root / "collecting").exists()
            and any("forkserver" in p for p in _processes_in(project.root))
        ):
            time.sleep(0.1)
        assert any("forkserver" in p for p in _processes_in(project.root)), (
            "the fork server never started: this test would prove nothing"
        )
    finally:
        _interrupt(run, signal.SIGINT)
    assert _processes_left_in(project.root) == []


def test_a_snippet_that_kills_its_server_fails_alone_and_leaves_nothing(
    project: Project,
):
    path = project.snippet(
        "a/01_killer.py",
        """
        import os
        import signal
        import subprocess
        import sys
        child = subprocess.Popen(["sleep", "300"])
        with open(sys.argv[0] + ".pid", "w") as f:
            f.write(str(child.pid))
        os.kill(os.getppid(), signal.SIGKILL)
        """,
        out="",
    )
    project.snippet("a/02_after.py", "print('after')\n", out="after\n")
    result = project.run("snippets", "-p", "no:randomly")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*snippets/a/01_killer.py*fork server*"])
    assert wait_dead([int(Path(str(path) + ".pid").read_text())]) == []


def test_a_huge_timeout_is_refused_and_does_not_kill_the_server(project: Project):
    project.snippet("a/01_huge.py", "# snippet: timeout 1e300\nprint(1)\n", out="1\n")
    project.snippet("a/02_fine.py", "print(2)\n", out="2\n")
    result = project.run("snippets")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        ["*snippets/a/01_huge.py:1: timeout '1e300'*at most 3600*"]
    )


# --- output must be what python prints --------------------------------------


def test_atexit_handlers_and_non_daemon_threads_print_as_under_python(
    project: Project,
):
    code = """
        import atexit
        import threading
        import time
        def late():
            time.sleep(0.3)
            print("thread done")
        atexit.register(print, "atexit ran")
        threading.Thread(target=late).start()
        print("main done")
    """
    expected = "main done\nthread done\natexit ran\n"
    path = project.snippet("a/01_shutdown.py", code, out=expected)
    project.run("snippets").assert_outcomes(passed=1)
    fresh = SubprocessRunner().run(path, project.root, timeout=30)
    assert normalize_output(fresh.output, project.root) == expected


def test_a_non_daemon_thread_that_never_ends_times_out(project: Project):
    project.snippet(
        "a/01_forever.py",
        """
        import threading
        import time
        def forever():
            while True:
                time.sleep(0.1)
        threading.Thread(target=forever).start()
        print("main done")
        """,
        out="main done\n",
    )
    result = project.run("snippets", "-o", "snippet_timeout=2")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*01_forever.py did not finish within 2 s*"])


def test_a_source_in_a_declared_encoding_runs_as_python_runs_it(project: Project):
    path = project.root / "snippets/a/01_latin.py"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"# -*- coding: latin-1 -*-\nprint('caf\xe9')\n")
    path.with_suffix(".out").write_text("café\n")
    project.run("snippets").assert_outcomes(passed=1)


def test_a_source_that_is_not_utf8_fails_by_name_and_the_rest_run_on(
    project: Project,
):
    path = project.root / "snippets/a/01_bytes.py"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"print(1)\nprint('caf\xe9')\n")
    path.with_suffix(".out").write_text("1\n")
    project.snippet("a/02_fine.py", "print(2)\n", out="2\n")
    result = project.run("snippets")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*snippets/a/01_bytes.py:2: is not valid utf-8*"])
    assert "INTERNALERROR" not in result.stdout.str()


@pytest.mark.parametrize("kind", ["latin-1", "directory"])
def test_an_unreadable_recorded_output_is_one_message(project: Project, kind: str):
    path = project.snippet("a/01_x.py", "print('é')\n")
    if kind == "directory":
        path.with_suffix(".out").mkdir()
    else:
        path.with_suffix(".out").write_bytes("é\n".encode("latin-1"))
    project.snippet("a/02_fine.py", "print(2)\n", out="2\n")
    result = project.run("snippets")
    result.assert_outcomes(passed=1, failed=1)
    expected = (
        "is a directory"
        if kind == "directory"
        else "is not UTF-8 (byte 0xe9 on line 1)"
    )
    result.stdout.fnmatch_lines([f"*snippets/a/01_x.out {expected}*"])
    assert "Traceback" not in result.stdout.str()


def test_update_mode_rewrites_an_output_that_is_not_utf8(project: Project):
    path = project.snippet("a/01_x.py", "print('é')\n", out="é\n".encode("latin-1"))
    project.run("snippets", "--update-outputs").assert_outcomes(passed=1)
    assert path.with_suffix(".out").read_text(encoding="utf-8") == "é\n"


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", '{"torch": 2}'])
def test_a_malformed_versions_file_is_one_short_message(project: Project, text: str):
    (project.root / "snippets/recorded_with.json").write_text(text)
    project.snippet("a/01.py", "print(1)\n", out="1\n")
    result = project.run("snippets")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    output = result.stdout.str() + result.stderr.str()
    assert "snippets/recorded_with.json" in output
    assert "make update" in output
    assert "Traceback" not in output and "INTERNALERROR" not in output
    assert len(output.splitlines()) < 15


def test_bytes_that_are_not_utf8_are_recorded_as_escapes(project: Project):
    path = project.snippet(
        "a/01_raw.py",
        """
        import sys
        sys.stdout.buffer.write(b"caf\\xe9\\n")
        """,
    )
    project.run("snippets", "--update-outputs").assert_outcomes(passed=1)
    assert path.with_suffix(".out").read_text() == "caf\\xe9\n"
    project.run("snippets", "--snippet-runner=subprocess").assert_outcomes(passed=1)


def test_an_output_with_windows_line_endings_still_matches(project: Project):
    project.snippet("a/01_crlf.py", "print(1)\nprint(2)\n", out=b"1\r\n2\r\n")
    project.run("snippets").assert_outcomes(passed=1)


def test_the_address_rule_only_touches_object_reprs():
    assert normalize_addresses("value at 0x7f3a9c2b1e50") == "value at 0x7f3a9c2b1e50"
    assert normalize_addresses("flag at 0xff, ok") == "flag at 0xff, ok"
    assert (
        normalize_addresses("<function <lambda> at 0x7f3a9c2b1e50>")
        == "<function <lambda> at 0x...>"
    )


# The runners' agreement on these cases is checked with the other tricky
# snippets in test_engine.py; this one also fixes what python prints.
PARTIAL_LINE_THEN_STDERR = """
    import sys
    print("partial", end="")
    sys.stderr.write("to stderr\\n")
    print(" and the rest")
"""


def test_stdout_is_line_buffered_and_stderr_follows_whole_lines(tmp_path: Path):
    """The documented behaviour: python on a terminal."""
    path = tmp_path / "order.py"
    path.write_text(textwrap.dedent(PARTIAL_LINE_THEN_STDERR))
    result = SubprocessRunner().run(path, tmp_path, timeout=60)
    assert result.output == "to stderr\npartial and the rest\n"


def test_a_syntax_error_fails_as_an_undeclared_syntax_error(project: Project):
    project.snippet("a/01_bad.py", "print(\n", out="")
    for runner in ("fork", "subprocess"):
        result = project.run("snippets", f"--snippet-runner={runner}")
        result.assert_outcomes(failed=1)
        result.stdout.fnmatch_lines(
            ["*01_bad.py raised SyntaxError, which it does not declare*"]
        )


# --- update mode must not record nonsense -----------------------------------


def test_update_refuses_an_output_that_changes_between_runs(project: Project):
    path = project.snippet("a/01_random.py", "import torch\nprint(torch.randn(3))\n")
    result = project.run("snippets", "--update-outputs")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*snippets/a/01_random.py printed different output on two runs*torch.manual_seed*"
        ]
    )
    assert not path.with_suffix(".out").exists()


def test_a_failing_check_on_a_changing_output_names_the_likely_cause(
    project: Project,
):
    project.snippet(
        "a/01_random.py", "import random\nprint(random.random())\n", out="0.5\n"
    )
    result = project.run("snippets")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*its output differs*", "*The likely cause*different output on two runs*"]
    )


def test_update_never_writes_through_a_symlinked_output(
    project: Project, tmp_path_factory
):
    outside = tmp_path_factory.mktemp("outside") / "target.txt"
    outside.write_text("keep me\n")
    path = project.snippet("a/01_x.py", "print('new')\n")
    path.with_suffix(".out").symlink_to(outside)
    result = project.run("snippets", "--update-outputs")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*snippets/a/01_x.out is a symbolic link*"])
    assert outside.read_text() == "keep me\n"


def test_an_output_past_the_size_limit_fails_clearly(project: Project):
    path = project.snippet("a/01_big.py", "print('x' * 2_000_000)\n")
    result = project.run("snippets", "--update-outputs")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*snippets/a/01_big.py printed 2,000,001 bytes, more than the 1,000,000*snippet_max_output_bytes*"
        ]
    )
    assert not path.with_suffix(".out").exists()
    project.run(
        "snippets", "--update-outputs", "-o", "snippet_max_output_bytes=3000000"
    ).assert_outcomes(passed=1)


def test_a_large_changed_output_is_diffed_fast(project: Project):
    lines = 200_000
    project.snippet(
        "a/01_many.py",
        f"for i in range({lines}):\n    print(i * 2)\n",
        out="".join(f"{i * 2 + (i > 5)}\n" for i in range(lines)),
    )
    start = time.monotonic()
    result = project.run("snippets", "-o", "snippet_max_output_bytes=5000000")
    assert time.monotonic() - start < 120  # a full diff took minutes
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*first difference at line 7*", "-13", "+12"])


# --- directives ------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("# snippet: timeout 0\n", "01_d.py:1: timeout '0': give the seconds*"),
        ("# snippet: timeout -5\n", "01_d.py:1: timeout '-5': give the seconds*"),
        ("# snippet: timeout 99999\n", "01_d.py:1: timeout '99999'*at most 3600*"),
        ("# snippet: timeout nan\n", "01_d.py:1: timeout 'nan'*"),
        (
            "# Snippet: raises ValueError\n",
            "01_d.py:1: write '# snippet:' in lower case*",
        ),
        (
            "# snippet: raises ValueError\n# snippet: raises KeyError\n",
            "01_d.py:2: a second 'raises' directive (line 1 has one)*",
        ),
        (
            "x = 1  # snippet: timeout 5\n",
            "01_d.py:1: a directive must be a comment line of its own*",
        ),
    ],
    ids=["zero", "negative", "absurd", "nan", "capitalised", "two-raises", "trailing"],
)
def test_bad_directives_are_rejected_naming_file_and_line(
    project: Project, source: str, message: str
):
    project.snippet("a/01_d.py", source + "print(1)\n", out="1\n")
    project.snippet("a/02_fine.py", "print(2)\n", out="2\n")
    result = project.run("snippets")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines([f"*snippets/a/{message}"])


def test_directive_like_text_in_a_string_is_not_a_directive(project: Project):
    project.snippet(
        "a/01_text.py",
        '''
        help = """
        # snippet: raises RuntimeError
        """
        print(help.strip())
        ''',
        out="# snippet: raises RuntimeError\n",
    )
    project.run("snippets").assert_outcomes(passed=1)


def test_a_snippet_named_like_a_test_module_is_collected_once(project: Project):
    project.snippet("a/test_like.py", "print(1)\n", out="1\n")
    result = project.run("snippets", "--collect-only", "-q")
    assert result.stdout.lines.count("snippets/a/test_like.py") == 1, (
        result.stdout.str()
    )
    project.run("snippets").assert_outcomes(passed=1)


# --- the fork server's results run ahead -------------------------------------


def test_a_result_run_ahead_for_one_session_never_answers_the_next(project: Project):
    project.snippet(
        "a/01_first.py", "import time\ntime.sleep(1)\nraise SystemExit(1)\n", out=""
    )
    later = project.snippet("a/02_later.py", "print('old')\n", out="old\n")
    # -x stops after the first failure: the second ran ahead and was never
    # asked for in this session.
    project.run("snippets", "-x", "-p", "no:randomly").assert_outcomes(failed=1)
    later.write_text("print('new')\n")
    later.with_suffix(".out").write_text("new\n")
    project.run("snippets/a/02_later.py").assert_outcomes(passed=1)


# --- pages must not hide typed-in code ---------------------------------------

CODE = """
```python title="01_a.py"
--8<-- "s/p/01_a.py"
```
"""


def _problems(tmp_path: Path, page: str) -> list[str]:
    from doccheck import links
    from doccheck.pages import load_pages

    path = tmp_path / "docs/s/p.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page)
    return links.typed_in_code(load_pages(tmp_path))


@pytest.mark.parametrize(
    ("block", "line"),
    [
        ('```{.python}\nprint("typed")\n```\n', 1),
        ('``` { .python title="x.py" }\nprint("typed")\n```\n', 1),
        ('Some text.\n\n    print("typed")\n', 3),
        (CODE + '\n```text title="Result"\ntensor([1.])\n```\n', 6),
        (CODE + "\n```\ntensor([1.])\n```\n", 6),
        ('!!! tip\n    ```{.python}\n    print("typed")\n    ```\n', 2),
        ('!!! tip\n    Text.\n\n        print("typed")\n', 4),
    ],
    ids=[
        "brace-python",
        "spaced-brace-python",
        "indented",
        "output-under-another-title",
        "untitled-output",
        "python-in-admonition",
        "indented-in-admonition",
    ],
)
def test_typed_in_python_or_output_is_found_whatever_its_syntax(
    tmp_path: Path, block: str, line: int
):
    problems = _problems(tmp_path, block)
    assert [p.split(": ")[0] for p in problems] == [f"docs/s/p.md:{line}"], problems


@pytest.mark.parametrize(
    "block",
    [
        "```bash\nmake test\n```\n",
        "```text\n x -> y -> loss\n```\n",
        CODE + "\n```bash\npython snippets/s/p/01_a.py\n```\n",
        '??? success "Solution"\n    ```python\n    --8<-- "s/p/01_a.py"\n    ```\n',
        "- an item\n\n    that goes on in the item\n",
        CODE + '\n```text title="Output"\n--8<-- "s/p/01_a.out"\n```\n',
    ],
    ids=["shell", "diagram", "command-after-code", "solution", "list", "output"],
)
def test_commands_diagrams_and_includes_stay_allowed(tmp_path: Path, block: str):
    assert _problems(tmp_path, block) == []
