"""The one model of a page (doccheck.pages), and that every reader of pages
sees the same blocks through it: the page checks and the notebook generator."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from doccheck import links
from doccheck.nav import nav_pages, notebooks_nav, pages_with_notebooks
from doccheck.notebooks import code_block_roles, page_to_notebook
from doccheck.pages import Container, IndentedCode, Page, fence_info
from doccheck.tracebacks import final_exception
from doccheck.versions import stated_versions

# --- fence attributes, in every syntax the build accepts ---------------------


@pytest.mark.parametrize(
    ("info", "expected"),
    [
        ('python title="01_a.py"', ("python", "01_a.py")),
        ("python", ("python", None)),
        ("{.python}", ("python", None)),
        ('{ .python title="01_a.py" }', ("python", "01_a.py")),
        ('{.python title="a b.py" linenums="1"}', ("python", "a b.py")),
        ('text title="Output"', ("text", "Output")),
        ("text title='Output'", ("text", "Output")),
        ("Python", ("python", None)),
        ("", ("", None)),
        ('python title="unbalanced', ("python", '"unbalanced')),
    ],
)
def test_fence_info_reads_every_attribute_syntax(info, expected):
    assert fence_info(info) == expected


def _page(tmp_path: Path, text: str) -> Page:
    path = tmp_path / "docs/s/p.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip())
    return Page.read(tmp_path, Path("docs/s/p.md"))


def test_nesting_titles_and_includes(tmp_path: Path):
    page = _page(
        tmp_path,
        """
        # P

        !!! tip "Try it"
            Text.

            ```python title="01_a.py"
            --8<-- "s/p/01_a.py"
            ```

        === "Tab"

            ??? success "Solution"
                ```text title="Output"
                --8<-- "s/p/01_a.out"
                ```
        """,
    )
    tip, tab = [b for b in page.blocks if isinstance(b, Container)]
    assert (tip.kind, tip.shown_title, tab.is_tab) == ("tip", "Try it", True)
    code, output = page.code_blocks
    assert (code.line, code.role, code.title) == (6, "code", "01_a.py")
    assert (output.line, output.role, output.title) == (13, "output", "Output")
    assert [i.path for i in output.includes] == ["s/p/01_a.out"]
    assert [i.line for i in page.includes] == [7, 14]


def test_indented_code_is_code_but_a_list_continuation_is_not(tmp_path: Path):
    page = _page(
        tmp_path,
        """
        # P

        - an item
            that goes on

        - an item with a second paragraph

            that goes on after a blank line

        1. a numbered step

            and its second paragraph

        Text.

            x = 1
        """,
    )
    (block,) = page.code_blocks
    assert isinstance(block, IndentedCode)
    assert (block.line, block.body) == (16, [(16, "    x = 1")])


def test_a_fence_in_a_fence_is_text(tmp_path: Path):
    page = _page(
        tmp_path,
        """
        ````markdown
        ```python
        print(1)
        ```
        ````
        """,
    )
    (block,) = page.code_blocks
    assert (block.language, len(block.body)) == ("markdown", 3)


# --- the page checks and the notebook generator agree ------------------------


def _project(tmp_path: Path, page: str) -> Path:
    files = {
        "docs/s/p.md": page,
        "snippets/s/p/01_a.py": "print(1)\n",
        "snippets/s/p/01_a.out": "1\n",
        "snippets/recorded_with.json": json.dumps({"torch": "9.9.9"}),
    }
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip())
    return tmp_path


def _both_views(root: Path) -> tuple[list, list]:
    page = Page.read(root, Path("docs/s/p.md"))
    checks = [(b.line, b.role) for b in page.code_blocks]
    return checks, code_block_roles(root, "s/p.md")


def test_a_brace_fence_is_python_to_the_checks_and_the_notebook(tmp_path: Path):
    root = _project(
        tmp_path,
        """
        # P

        ``` { .python title="01_a.py" }
        --8<-- "s/p/01_a.py"
        ```

        ```{.python}
        print("typed in")
        ```
        """,
    )
    checks, generator = _both_views(root)
    assert checks == generator == [(3, "code"), (7, "code")]
    # The checks reject the typed-in block; the generator made a cell of the other.
    problems = links.typed_in_code([Page.read(root, Path("docs/s/p.md"))])
    assert problems == ["docs/s/p.md:7: a python block with typed-in lines (8)"]
    cells = page_to_notebook(root, "s/p.md").cells
    assert [c.metadata.get("snippet") for c in cells if c.cell_type == "code"] == [
        "snippets/s/p/01_a.py"
    ]


def test_an_indented_code_block_is_the_same_block_to_both(tmp_path: Path):
    root = _project(
        tmp_path,
        """
        # P

        Some text.

            print("typed in")
        """,
    )
    checks, generator = _both_views(root)
    assert checks == generator == [(5, "indented")]


def test_an_output_under_another_title_is_an_output_to_both(tmp_path: Path):
    root = _project(
        tmp_path,
        """
        # P

        ```python title="01_a.py"
        --8<-- "s/p/01_a.py"
        ```

        ```text title="What it prints"
        --8<-- "s/p/01_a.out"
        ```
        """,
    )
    checks, generator = _both_views(root)
    assert checks == generator == [(3, "code"), (7, "output")]
    cells = page_to_notebook(root, "s/p.md").cells
    (cell,) = [c for c in cells if c.cell_type == "code"]
    assert cell.outputs[0]["text"] == "1\n"


# --- the nav decides which pages have notebooks ------------------------------

NAV = [
    {"Home": "index.md"},
    {"Basics": ["basics/a.md", {"B title": "basics/b-c.md"}]},
    {"In practice": ["practice/index.md", "practice/x.md"]},
    "about.md",
    {"Elsewhere": "https://example.org/"},
]


def test_every_section_page_of_the_nav_has_a_notebook():
    assert nav_pages(NAV) == [
        "index.md",
        "basics/a.md",
        "basics/b-c.md",
        "practice/index.md",
        "practice/x.md",
        "about.md",
    ]
    assert pages_with_notebooks(nav=NAV) == [
        "basics/a.md",
        "basics/b-c.md",
        "practice/x.md",
    ]


def test_the_notebooks_nav_mirrors_the_sections():
    assert notebooks_nav(NAV) == [
        {"Basics": ["notebooks/basics/a.ipynb", "notebooks/basics/b-c.ipynb"]},
        {"In practice": ["notebooks/practice/x.ipynb"]},
    ]


# --- the last line of a traceback, and stated torch versions -----------------


def test_the_final_exception_of_a_traceback():
    text = 'Traceback (most recent call last):\n  File "x.py"\ntorch.OutOfMemoryError: no: really\n'
    assert final_exception(text) == ("OutOfMemoryError", "no: really")
    assert final_exception(
        "Traceback (most recent call last):\nKeyboardInterrupt\n"
    ) == (
        "KeyboardInterrupt",
        "",
    )
    assert final_exception("RuntimeError: printed, not raised\n") is None


def test_only_full_versions_state_the_current_torch():
    text = "torch 2.13.0 prints\nas in PyTorch 0.4 and 2.9\npip install torch==2.12.1\n"
    assert stated_versions(text) == [(1, "2.13.0"), (3, "2.12.1")]
