"""All Python of the repository is formatted and lint-clean (ruff): the
snippets readers copy, the checker package, its tests, hooks and tools."""

from __future__ import annotations

import subprocess
import sys

import pytest

from doccheck.paths import ROOT

CHECKED = ["snippets", "doccheck", "tests", "hooks", "tools"]


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, *CHECKED],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_code_is_formatted():
    result = _ruff("format", "--check", "--diff")
    if result.returncode != 0:
        pytest.fail(
            f"{result.stdout}{result.stderr}\n"
            f"Fix with: .venv/bin/ruff format {' '.join(CHECKED)}",
            pytrace=False,
        )


def test_code_is_lint_clean():
    result = _ruff("check", "--output-format=concise")
    if result.returncode != 0:
        pytest.fail(
            f"{result.stdout}{result.stderr}\nSome can be fixed with: "
            f".venv/bin/ruff check --fix {' '.join(CHECKED)}",
            pytrace=False,
        )
