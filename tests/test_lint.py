"""All Python of the repository is formatted and lint-clean (ruff): the
snippets readers copy, the checker package, its tests, hooks and tools."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest
import yaml

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


def _mkdocs_yml_list(*keys: str) -> list[tuple[str, int]]:
    """The names listed under ``keys`` in mkdocs.yml, each with its line:
    a plain item's value, or the one key of a configured item."""
    node = yaml.compose((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    for key in keys:
        node = next(value for name, value in node.value if name.value == key)
    return [
        (
            item.value if item.id == "scalar" else item.value[0][0].value,
            item.start_mark.line + 1,
        )
        for item in node.value
    ]


def _out_of_order(names: list[tuple[str, int]]) -> list[str]:
    return [
        f"mkdocs.yml:{line}: {name} comes after {previous}"
        for (previous, _), (name, line) in itertools.pairwise(names)
        if name < previous
    ]


def test_mkdocs_yml_lists_features_and_extensions_in_order():
    # As mkdocs-material's own mkdocs.yml does: theme features alphabetical;
    # Python-Markdown's extensions, then pymdownx's, each group alphabetical.
    extensions = _mkdocs_yml_list("markdown_extensions")
    python_markdown = [e for e in extensions if not e[0].startswith("pymdownx.")]
    pymdownx = [e for e in extensions if e[0].startswith("pymdownx.")]
    problems = [
        *_out_of_order(_mkdocs_yml_list("theme", "features")),
        *_out_of_order(python_markdown),
        *_out_of_order(pymdownx),
        *(
            f"mkdocs.yml:{line}: {name} comes after the pymdownx extensions"
            for name, line in python_markdown
            if pymdownx and line > pymdownx[0][1]
        ),
    ]
    if problems:
        pytest.fail(
            "\n".join(problems) + "\nKeep each list in order: it is how a reader "
            "finds out whether a feature or an extension is on.",
            pytrace=False,
        )
