"""Pages and snippets point at each other, and pages show only snippet code."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from doccheck import links
from doccheck.pages import Container, Fence, Page, Prose, load_pages, walk
from doccheck.paths import DOCS_DIR, ROOT
from doccheck.versions import recorded_torch, stated_versions


@pytest.fixture(scope="module")
def pages():
    return load_pages(ROOT)


def _report(problems: list[str], what_next: str) -> None:
    if problems:
        pytest.fail("\n".join([*problems, "", what_next]), pytrace=False)


def test_every_snippet_has_a_recorded_output():
    _report(
        links.snippets_without_output(ROOT),
        "Record them with `make update`, then read them before committing.",
    )


def test_every_recorded_output_has_a_snippet():
    _report(
        links.outputs_without_snippet(ROOT),
        "An output without its snippet is stale: delete it, or restore the snippet "
        "(nothing deletes .out files for you).",
    )


def test_every_include_resolves(pages):
    _report(
        links.unresolved_includes(ROOT, pages),
        "Fix the path, or create the snippet and record its output.",
    )


def test_every_snippet_is_included_by_its_page(pages):
    _report(
        links.snippets_missing_from_their_page(ROOT, pages),
        "Every example and its output must be on its page.",
    )


def test_pages_include_only_their_own_snippets(pages):
    _report(
        links.includes_from_other_folders(pages),
        "Copy the example into this page's folder so each page owns its code.",
    )


def test_code_blocks_come_from_snippet_files(pages):
    _report(
        links.typed_in_code(pages),
        "Python code and outputs on a page must come from snippet files: move the "
        "code into snippets/<page>/NN_name.py, record its output with `make update`, "
        'and include both with --8<-- "<page>/NN_name.py".',
    )


def test_pages_state_only_the_recorded_torch_version():
    # "torch X.Y.Z" says which torch the site runs; history is written X.Y
    # ("PyTorch 0.4"), so an upgrade finds every statement that must change.
    recorded = recorded_torch(ROOT)
    sources = [*sorted((ROOT / DOCS_DIR).rglob("*.md")), ROOT / "README.md"]
    problems = [
        f"{path.relative_to(ROOT)}:{line}: says torch {version}, but the outputs "
        f"were recorded with {recorded}"
        for path in sources
        for line, version in stated_versions(path.read_text(encoding="utf-8"))
        if version != recorded
    ]
    _report(
        problems,
        "State the recorded version (snippets/recorded_with.json), or write an "
        "older release as history with two numbers only (PyTorch 2.9).",
    )


def _methods(path: Path, class_name: str) -> dict[str, str]:
    """Source of each method of one class in a snippet, by name."""
    source = path.read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            return {
                item.name: ast.get_source_segment(source, item)
                for item in node.body
                if isinstance(item, ast.FunctionDef)
            }
    return {}


def test_autograd_from_scratch_repeats_one_engine():
    """The page says every example after the first starts with the same
    `Value` class: each must have every method of the first file's, unchanged
    (the exercise may add its own)."""
    folder = ROOT / "snippets/guide/autograd_from_scratch"
    first, *others = sorted(folder.glob("*.py"))
    engine = _methods(first, "Value")
    assert len(engine) >= 5, f"{first.name} no longer defines the Value engine"
    problems = []
    for path in others:
        copy = _methods(path, "Value")
        for name, source in engine.items():
            if copy.get(name) != source:
                what = "is missing" if name not in copy else "differs"
                problems.append(
                    f"{path.relative_to(ROOT)}: Value.{name} {what} from {first.name}"
                )
    _report(
        problems,
        f"Change the engine in every file of {folder.relative_to(ROOT)} at once "
        "(the page promises they are the same), then `make update`.",
    )


def _shape_problems(page: Page) -> list[str]:
    """What a page lacks of the shape every page has: a title, an intro
    before the first section, a tested exercise (a collapsible "success"
    block showing a snippet), and a last section "Summary" whose list is a
    checklist the reader can tick."""
    name = page.path.as_posix()
    lines = [b for b in page.blocks if isinstance(b, Prose)]  # outside containers
    titles, sections = page.headings(1), page.headings(2)
    if len(titles) != 1 or not sections or titles[0].line > sections[0].line:
        return [f"{name}: needs one # title, then ## sections"]
    problems = []
    if not any(
        titles[0].line < b.line < sections[0].line and b.text.strip() for b in lines
    ):
        problems.append(
            f"{name}:{titles[0].line}: no introduction between the title and the "
            "first section: say what the reader will be able to do"
        )
    solutions = [
        b
        for b in walk(page.blocks)
        if isinstance(b, Container)
        and b.marker.startswith("???")
        and b.kind == "success"
        and any(
            i.path.endswith(".py")
            for inner in walk(b.blocks)
            if isinstance(inner, Fence)
            for i in inner.includes
        )
    ]
    if page.path.name != "index.md" and not solutions:
        problems.append(
            f"{name}: no exercise with a tested solution: a "
            '`??? success "Solution"` block showing the solution\'s snippet'
        )
    last = sections[-1]
    items = [b.text for b in lines if b.line > last.line and b.text.startswith("- ")]
    if last.text.split("{")[0].strip() != "## Summary":
        problems.append(f"{name}:{last.line}: the last section is not ## Summary")
    elif not items or not all(i.startswith(("- [x] ", "- [ ] ")) for i in items):
        problems.append(
            f"{name}:{last.line}: the Summary is not a checklist: write each point "
            "as `- [x] ...`"
        )
    return problems


def test_every_page_has_the_shape_of_a_page(pages):
    section_pages = [
        page
        for page in pages
        if len(page.path.parts) == 3 and page.path.parts[1] != "notebooks"
    ]
    assert len(section_pages) >= 30, [p.path for p in section_pages]
    _report(
        [problem for page in section_pages for problem in _shape_problems(page)],
        "Pages share one shape (CONTRIBUTING, Pages): a short introduction, "
        "sections, an exercise with a tested solution, and a closing Summary "
        "the reader can check off.",
    )
