"""The snippet engine's own tests: pytest runs pytest on a throwaway project."""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import pytest

from doccheck import links
from doccheck.normalize import normalize_output
from doccheck.pages import load_pages
from doccheck.runner import ForkServerRunner, SubprocessRunner
from doccheck.versions import installed_versions

pytest_plugins = ["pytester"]


class Project:
    """A throwaway repository with snippets/ and a recorded_with.json."""

    def __init__(self, pytester: pytest.Pytester) -> None:
        self.pytester = pytester
        self.root = pytester.path
        (self.root / "snippets").mkdir()
        self.stamp(installed_versions())
        pytester.makeini("[pytest]\nsnippet_timeout = 5\n")

    def stamp(self, versions: dict[str, str]) -> None:
        (self.root / "snippets/recorded_with.json").write_text(json.dumps(versions))

    def snippet(self, rel: str, code: str, out: str | None = None) -> Path:
        path = self.root / "snippets" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(code).lstrip())
        if out is not None:
            path.with_suffix(".out").write_text(out)
        return path

    def run(self, *args: str) -> pytest.RunResult:
        # The plugin is loaded by its entry point, in this run as in any.
        return self.pytester.runpytest(*args)


@pytest.fixture
def project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> Project:
    monkeypatch.delenv("CI", raising=False)
    return Project(pytester)


# --- comparing with the recorded output -------------------------------------


def test_matching_output_passes(project: Project):
    project.snippet("a/01_ok.py", "print(1 + 1)\n", out="2\n")
    project.run("snippets").assert_outcomes(passed=1)


def test_mismatch_shows_a_diff_naming_the_snippet_and_how_to_accept(project: Project):
    project.snippet("a/01_sum.py", "print(2 + 2)\n", out="5\n")
    result = project.run("snippets")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "snippets/a/01_sum.py: its output differs from snippets/a/01_sum.out",
            "--- snippets/a/01_sum.out (recorded)",
            "+++ python snippets/a/01_sum.py (actual)",
            "-5",
            "+4",
            "*pytest snippets/a/01_sum.py --update-outputs",
        ]
    )


def test_changing_a_number_in_a_snippet_fails(project: Project):
    path = project.snippet(
        "a/01_t.py", "import torch\nprint(torch.tensor([3.0]) * 2)\n", out=None
    )
    project.run("snippets", "--update-outputs").assert_outcomes(passed=1)
    path.write_text(path.read_text().replace("3.0", "4.0"))
    result = project.run("snippets")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "snippets/a/01_t.py: its output differs from snippets/a/01_t.out",
            "--- snippets/a/01_t.out (recorded)",
            "+++ python snippets/a/01_t.py (actual)",
            "*",
            "-tensor([6.])",
            "+tensor([8.])",
        ]
    )


def test_missing_output_fails_with_the_command_to_record_it(project: Project):
    project.snippet("a/01_new.py", "print('hi')\n")
    result = project.run("snippets")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*snippets/a/01_new.py has no recorded output (snippets/a/01_new.out is missing)*",
            "*pytest snippets/a/01_new.py --update-outputs",
        ]
    )


def test_the_plugin_is_loaded_once_by_its_entry_point(project: Project):
    result = project.run("--trace-config", "--collect-only", "-q")
    loaded = [
        line
        for line in result.stdout.lines
        if "PLUGIN registered: <module 'doccheck.plugin'" in line
    ]
    assert len(loaded) == 1, result.stdout.str()


def test_the_test_id_is_the_snippet_path(project: Project):
    project.snippet("basics/x/01_a.py", "print(1)\n", out="1\n")
    result = project.run("snippets", "--collect-only", "-q")
    result.stdout.fnmatch_lines(["snippets/basics/x/01_a.py"])


def test_the_subprocess_runner_checks_the_same_way(project: Project):
    project.snippet("a/01_ok.py", "print(1 + 1)\n", out="2\n")
    project.snippet("a/02_bad.py", "print(3)\n", out="4\n")
    result = project.run("snippets", "--snippet-runner=subprocess")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*02_bad.py: its output differs*"])


def test_a_snippet_named_on_the_command_line_never_runs_inside_pytest(
    project: Project,
):
    marker = project.root / "ran-in-pytest"
    project.snippet(
        "a/01_side_effect.py",
        f"""
        import os
        if os.getpid() == {os.getpid()}:
            open({str(marker)!r}, "w").close()
        print("ok")
        """,
        out="ok\n",
    )
    project.run("snippets/a/01_side_effect.py").assert_outcomes(passed=1)
    assert not marker.exists()


# --- how runs end ------------------------------------------------------------


def test_a_hanging_snippet_fails_after_its_timeout_and_the_rest_run_on(
    project: Project,
):
    project.snippet("a/01_hang.py", "import time\nprint('waiting')\ntime.sleep(60)\n")
    project.snippet("a/02_fine.py", "print('fine')\n", out="fine\n")
    result = project.run("snippets", "-o", "snippet_timeout=1")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*snippets/a/01_hang.py did not finish within 1 s and was killed*",
            "    waiting",
        ]
    )


def test_a_snippet_can_ask_for_a_longer_timeout(project: Project):
    project.snippet(
        "a/01_slow.py",
        "# snippet: timeout 5\nimport time\ntime.sleep(1.5)\nprint('done')\n",
        out="done\n",
    )
    project.run("snippets", "-o", "snippet_timeout=1").assert_outcomes(passed=1)


@pytest.mark.parametrize(
    ("code", "ending"),
    [
        ("import ctypes\nprint('x')\nctypes.string_at(0)\n", "crashed (SIGSEGV)"),
        ("import os\nprint('x', flush=True)\nos._exit(3)\n", "exited with status 3"),
        ("import sys\nprint('x')\nsys.exit(3)\n", "exited with status 3"),
    ],
    ids=["segfault", "os._exit", "sys.exit"],
)
def test_a_crashing_snippet_fails_as_itself_and_the_rest_run_on(
    project: Project, code: str, ending: str
):
    project.snippet("a/01_crash.py", code, out="x\n")
    project.snippet("a/02_after.py", "print('after')\n", out="after\n")
    result = project.run("snippets")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines([f"*snippets/a/01_crash.py {ending}*"])


def test_an_undeclared_exception_fails_and_is_never_recorded(project: Project):
    path = project.snippet("a/01_boom.py", "print('a')\nraise ValueError('boom')\n")
    result = project.run("snippets", "--update-outputs")
    result.assert_outcomes(failed=1)
    assert not path.with_suffix(".out").exists()  # a failed run records nothing
    result.stdout.fnmatch_lines(
        ["*raised ValueError, which it does not declare*# snippet: raises ValueError*"]
    )


def test_a_declared_exception_records_the_real_traceback(project: Project):
    path = project.snippet(
        "a/01_raise.py",
        """
        # snippet: raises ZeroDivisionError
        print("before")
        1 / 0
        """,
    )
    project.run("snippets", "--update-outputs").assert_outcomes(passed=1)
    assert path.with_suffix(".out").read_text() == (
        "before\n"
        "Traceback (most recent call last):\n"
        '  File "snippets/a/01_raise.py", line 3, in <module>\n'
        "    1 / 0\n"
        "    ~~^~~\n"
        "ZeroDivisionError: division by zero\n"
    )
    project.run("snippets").assert_outcomes(passed=1)


def test_a_declared_exception_that_never_happens_fails(project: Project):
    project.snippet("a/01_calm.py", "# snippet: raises RuntimeError\nprint(1)\n", "1\n")
    result = project.run("snippets")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*declares '# snippet: raises RuntimeError' but raised nothing*"]
    )


def test_a_different_exception_than_declared_fails(project: Project):
    project.snippet("a/01_other.py", "# snippet: raises RuntimeError\n{}['k']\n")
    result = project.run("snippets", "--update-outputs")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*but raised KeyError*"])


def test_an_unknown_directive_names_the_file_and_line(project: Project):
    project.snippet("a/01_typo.py", "print(1)\n# snippet: raise RuntimeError\n", "1\n")
    result = project.run("snippets")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*snippets/a/01_typo.py:2: unknown directive 'raise RuntimeError'*"]
    )


# --- what a reader sees ------------------------------------------------------


def test_prints_and_warnings_keep_their_order(project: Project):
    path = project.snippet(
        "a/01_order.py",
        """
        import warnings
        print("one")
        warnings.warn("two")
        print("three", end="")
        print()
        """,
    )
    project.run("snippets", "--update-outputs").assert_outcomes(passed=1)
    assert path.with_suffix(".out").read_text() == (
        "one\n"
        'snippets/a/01_order.py:3: UserWarning: two\n  warnings.warn("two")\n'
        "three\n"
    )


def test_torch_warnings_show_as_a_user_sees_them(project: Project):
    path = project.snippet(
        "a/01_nonleaf.py",
        """
        import torch
        y = torch.ones(2, requires_grad=True) * 2
        print(y.grad)
        """,
    )
    project.run("snippets", "--update-outputs").assert_outcomes(passed=1)
    out = path.with_suffix(".out").read_text()
    assert out.startswith(
        "snippets/a/01_nonleaf.py:3: UserWarning: The .grad attribute"
    )
    assert "Triggered internally" not in out
    assert out.endswith("\n  print(y.grad)\nNone\n")


def test_each_snippet_starts_from_a_fresh_state(project: Project):
    project.snippet(
        "a/01_change_everything.py",
        """
        import random
        import warnings
        import torch
        torch.set_grad_enabled(False)
        torch.set_default_dtype(torch.float64)
        torch.set_printoptions(precision=1)
        torch.manual_seed(0)
        random.seed(0)
        warnings.simplefilter("ignore")
        print("changed")
        """,
        out="changed\n",
    )
    project.snippet(
        "a/02_see_defaults.py",
        """
        import torch
        import warnings
        print(torch.is_grad_enabled(), torch.get_default_dtype())
        print(torch.tensor([1 / 3]))
        print(torch.initial_seed() != 0)
        warnings.warn("still shown")
        """,
        out=(
            "True torch.float32\ntensor([0.3333])\nTrue\n"
            "snippets/a/02_see_defaults.py:6: UserWarning: still shown\n"
            '  warnings.warn("still shown")\n'
        ),
    )
    project.run("snippets").assert_outcomes(passed=2)


def test_an_unseeded_snippet_fails_because_its_numbers_change(project: Project):
    project.snippet("a/01_random.py", "import torch\nprint(torch.rand(3))\n")
    result = project.run("snippets", "--update-outputs")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["snippets/a/01_random.py printed different output*"])


TRICKY_SNIPPETS = {
    # What the runner set for the server alone (runner.SERVER_ENVIRONMENT)
    # is not in a snippet's environment.
    "environment": """
        import os
        import torch
        from doccheck.runner import SERVER_ENVIRONMENT
        names = [*SERVER_ENVIRONMENT, "DOCCHECK_SERVER_ONLY"]
        print({name: os.environ.get(name) for name in names})
        """,
    # The server imports with the collector off (forkserver.py): a snippet
    # finds it on, with Python's thresholds, and collecting.
    "garbage_collector": """
        import gc
        import torch
        print(gc.isenabled(), gc.get_threshold())
        class Node:
            pass
        node = Node()
        node.itself = node
        del node
        print(gc.collect() > 0)
        """,
    "warning_between_prints": """
        import torch
        x = torch.ones(2, requires_grad=True)
        y = x * 2
        print("before")
        print(y.grad)
        print(y.grad_fn)
        """,
    "uncaught_traceback_through_torch": """
        import torch
        print("start")
        torch.ones(2, requires_grad=True).sum().backward()
        torch.ones(2).backward()
        """,
    "stack_seen_from_the_snippet": """
        import traceback
        import warnings
        import torch
        print(len(traceback.extract_stack()))
        warnings.warn("from the caller's caller", stacklevel=2)
        x = torch.tensor([-1.0], requires_grad=True)
        with torch.autograd.detect_anomaly():
            y = torch.sqrt(x)
            try:
                y.backward()
            except RuntimeError as error:
                print(error)
        """,
    "partial_lines_and_unicode": """
        import sys
        print("∂o/∂x =", end=" ")
        print(10)
        sys.stderr.write("to stderr\\n")
        print("done")
        """,
    # Cases of python on a terminal (issue 12): partial lines, exits.
    "partial_line_then_stderr": """
        import sys
        print("partial", end="")
        sys.stderr.write("to stderr\\n")
        print(" and the rest")
    """,
    "partial_line_then_traceback": """
        print("no newline", end="")
        raise ValueError("boom")
    """,
    "syntax_error": """
        print("never runs")
        print(
    """,
    "stderr_without_newline_at_exit": """
        import sys
        sys.stderr.write("err")
        print("out")
    """,
    "atexit_and_thread": """
        import atexit
        import threading
        atexit.register(print, "bye")
        threading.Thread(target=print, args=("thread",)).start()
        raise SystemExit(2)
    """,
}


@pytest.fixture(scope="module")
def fork_server():
    """One server for all the cases: each snippet still runs in a fresh child
    of it, as in a real run, and torch is imported once, not per case."""
    server = ForkServerRunner()
    yield server
    server.close()


@pytest.mark.parametrize("name", sorted(TRICKY_SNIPPETS))
def test_fork_server_prints_exactly_what_a_fresh_python_prints(
    tmp_path: Path, name: str, fork_server: ForkServerRunner
):
    path = tmp_path / f"{name}.py"
    path.write_text(textwrap.dedent(TRICKY_SNIPPETS[name]).lstrip())
    fresh = SubprocessRunner().run(path, tmp_path, timeout=60)
    forked = fork_server.run(path, tmp_path, timeout=60)
    assert normalize_output(forked.output, tmp_path) == normalize_output(
        fresh.output, tmp_path
    )
    assert (forked.returncode, forked.exception) == (fresh.returncode, fresh.exception)


# --- update mode -------------------------------------------------------------


def test_update_rewrites_only_what_differs_and_lists_it(project: Project):
    same = project.snippet("a/01_same.py", "print('same')\n", out="same\n")
    changed = project.snippet("a/02_changed.py", "print('new')\n", out="old\n")
    project.snippet("a/03_missing.py", "print('fresh')\n")
    orphan = project.root / "snippets/a/04_orphan.out"
    orphan.write_text("nobody's output\n")
    os.utime(same.with_suffix(".out"), ns=(1, 1))

    result = project.run("snippets", "--update-outputs")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(
        [
            "Updated 2 recorded output(s):",
            "  changed  snippets/a/02_changed.out",
            "  new      snippets/a/03_missing.out",
        ]
    )
    assert same.with_suffix(".out").stat().st_mtime_ns == 1  # untouched
    assert changed.with_suffix(".out").read_text() == "new\n"
    assert orphan.read_text() == "nobody's output\n"  # never deleted


def test_update_with_nothing_to_do_says_so(project: Project):
    path = project.snippet("a/01_same.py", "print('same')\n", out="same\n")
    out = path.with_suffix(".out")
    os.utime(out, ns=(1, 1))
    result = project.run("snippets", "--update-outputs")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*nothing was written*"])
    assert out.stat().st_mtime_ns == 1  # untouched
    assert out.read_text() == "same\n"


def test_update_refuses_to_run_under_ci(project: Project, monkeypatch):
    path = project.snippet("a/01.py", "print(1)\n", out="2\n")
    monkeypatch.setenv("CI", "true")
    result = project.run("snippets", "--update-outputs")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--update-outputs refuses to run under CI*"])
    assert path.with_suffix(".out").read_text() == "2\n"


# --- torch versions ----------------------------------------------------------


def test_another_torch_gives_one_clear_message_and_runs_nothing(project: Project):
    project.stamp({"python": installed_versions()["python"], "torch": "2.12.0"})
    for n in range(3):
        project.snippet(f"a/0{n}_x.py", f"print({n})\n", out="wrong\n")
    result = project.run("snippets")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stdout.fnmatch_lines(["*recorded outputs were made with torch 2.12.0*"])
    assert "differs" not in result.stdout.str()


def test_update_restamps_the_versions_when_every_snippet_passed(project: Project):
    project.stamp({"python": installed_versions()["python"], "torch": "2.12.0"})
    project.snippet("a/01.py", "print(1)\n")
    project.run("snippets", "--update-outputs").assert_outcomes(passed=1)
    stamp = json.loads((project.root / "snippets/recorded_with.json").read_text())
    assert stamp == installed_versions()


def test_update_keeps_the_old_stamp_if_a_snippet_failed(project: Project):
    old = {"python": installed_versions()["python"], "torch": "2.12.0"}
    project.stamp(old)
    project.snippet("a/01.py", "print(1)\n")
    project.snippet("a/02.py", "raise SystemExit(2)\n")
    result = project.run("snippets", "--update-outputs")
    result.stdout.fnmatch_lines(["*1 snippet(s) did not pass in this run*"])
    assert json.loads((project.root / "snippets/recorded_with.json").read_text()) == old


# --- pytest-xdist ------------------------------------------------------------


def test_isolation_and_update_listing_hold_under_xdist(project: Project):
    for n in range(4):
        project.snippet(
            f"a/0{n}_x.py",
            f"import torch\nprint(torch.is_grad_enabled())\n"
            f"torch.set_grad_enabled(False)\nprint({n})\n",
        )
    result = project.pytester.runpytest_subprocess(
        "-n", "2", "snippets", "--update-outputs"
    )
    result.assert_outcomes(passed=4)
    result.stdout.fnmatch_lines(["Updated 4 recorded output(s):"])
    for n in range(4):
        out = project.root / f"snippets/a/0{n}_x.out"
        assert out.read_text() == f"True\n{n}\n"


# --- pages and snippets pointing at each other -------------------------------


def _tree(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip())


PAGE = """
    # P

    ```python title="01_a.py"
    --8<-- "s/p/01_a.py"
    ```

    ```text title="Output"
    --8<-- "s/p/01_a.out"
    ```
"""


def test_a_consistent_tree_has_no_problems(tmp_path: Path):
    _tree(
        tmp_path,
        {"docs/s/p.md": PAGE, "snippets/s/p/01_a.py": "", "snippets/s/p/01_a.out": ""},
    )
    pages = load_pages(tmp_path)
    assert links.snippets_without_output(tmp_path) == []
    assert links.outputs_without_snippet(tmp_path) == []
    assert links.unresolved_includes(tmp_path, pages) == []
    assert links.snippets_missing_from_their_page(tmp_path, pages) == []
    assert links.includes_from_other_folders(pages) == []
    assert links.typed_in_code(pages) == []


def test_missing_output_is_found(tmp_path: Path):
    _tree(tmp_path, {"snippets/s/p/01_a.py": ""})
    assert links.snippets_without_output(tmp_path) == [
        "snippets/s/p/01_a.py: no 01_a.out beside it"
    ]


def test_orphan_output_is_found(tmp_path: Path):
    _tree(tmp_path, {"snippets/s/p/02_gone.out": ""})
    assert links.outputs_without_snippet(tmp_path) == [
        "snippets/s/p/02_gone.out: no 02_gone.py beside it"
    ]


def test_an_include_of_a_deleted_snippet_names_page_and_line(tmp_path: Path):
    _tree(tmp_path, {"docs/s/p.md": PAGE, "snippets/s/p/01_a.out": ""})
    assert links.unresolved_includes(tmp_path, load_pages(tmp_path)) == [
        "docs/s/p.md:4: includes 's/p/01_a.py', which is not a file under snippets/"
    ]


def test_a_snippet_its_page_does_not_show_is_found(tmp_path: Path):
    _tree(
        tmp_path,
        {
            "docs/s/p.md": PAGE,
            "snippets/s/p/01_a.py": "",
            "snippets/s/p/01_a.out": "",
            "snippets/s/p/02_b.py": "",
            "snippets/s/p/02_b.out": "",
            "snippets/s/nopage/01_c.py": "",
        },
    )
    assert links.snippets_missing_from_their_page(tmp_path, load_pages(tmp_path)) == [
        "snippets/s/nopage/01_c.py: its folder matches no page (expected docs/s/nopage.md)",
        'snippets/s/p/02_b.py: not included by docs/s/p.md (add: --8<-- "s/p/02_b.py")',
        'snippets/s/p/02_b.out: not included by docs/s/p.md (add: --8<-- "s/p/02_b.out")',
    ]


def test_a_snippet_included_only_by_another_page_is_not_on_its_page(tmp_path: Path):
    _tree(
        tmp_path,
        {
            "docs/s/p.md": "# P\n",
            "docs/s/q.md": PAGE,  # it includes s/p/01_a.py and s/p/01_a.out
            "snippets/s/p/01_a.py": "",
            "snippets/s/p/01_a.out": "",
        },
    )
    assert links.snippets_missing_from_their_page(tmp_path, load_pages(tmp_path)) == [
        "snippets/s/p/01_a.py: included by docs/s/q.md, but not by its own page "
        'docs/s/p.md (add: --8<-- "s/p/01_a.py")',
        "snippets/s/p/01_a.out: included by docs/s/q.md, but not by its own page "
        'docs/s/p.md (add: --8<-- "s/p/01_a.out")',
    ]


def test_an_include_of_another_pages_snippet_is_found(tmp_path: Path):
    _tree(
        tmp_path,
        {
            "docs/s/p.md": PAGE,
            "docs/s/q.md": """
                # Q

                ```python title="01_b.py"
                --8<-- "s/q/01_b.py"
                ```

                ```python title="01_a.py"
                --8<-- "s/p/01_a.py"
                ```

                --8<-- "s/p/notes.txt"
            """,
        },
    )
    assert links.includes_from_other_folders(load_pages(tmp_path)) == [
        "docs/s/q.md:8: includes 's/p/01_a.py' from snippets/s/p/, but this "
        "page's examples live in snippets/s/q/"
    ]


def test_typed_in_python_and_outputs_are_found(tmp_path: Path):
    _tree(
        tmp_path,
        {
            "docs/s/p.md": """
                # P

                !!! note
                    ```python
                    import torch
                    ```

                ```text title="Output"
                tensor([1.])
                ```

                ```bash
                make test
                ```
            """
        },
    )
    assert links.typed_in_code(load_pages(tmp_path)) == [
        "docs/s/p.md:4: a python block with typed-in lines (5)",
        "docs/s/p.md:8: a text block with typed-in lines (9)",
    ]


def test_an_empty_python_block_is_found(tmp_path: Path):
    _tree(
        tmp_path,
        {
            "docs/s/p.md": """
                # P

                ```python
                ```

                ```python title="01_a.py"
                --8<-- "s/p/01_a.py"
                ```
            """
        },
    )
    assert links.typed_in_code(load_pages(tmp_path)) == [
        "docs/s/p.md:3: an empty python block"
    ]


def test_block_form_includes_and_sections_are_understood(tmp_path: Path):
    _tree(
        tmp_path,
        {
            "docs/s/p.md": """
                ```python
                --8<--
                s/p/01_a.py
                --8<--
                ```

                ```python
                --8<-- "s/p/02_b.py:part"
                ```

                ;--8<-- "s/p/escaped.py"
            """,
        },
    )
    includes = load_pages(tmp_path)[0].includes
    assert [(i.line, i.path, i.section) for i in includes] == [
        (3, "s/p/01_a.py", None),
        (8, "s/p/02_b.py", "part"),
    ]
