"""Pages and snippets point at each other, and pages show only snippet code."""

from __future__ import annotations

from pathlib import Path

import pytest
from doccheck.pages import SNIPPET_ONLY_LANGUAGES, load_pages, snippet_dir_for_page
from doccheck.snippet import SNIPPETS_DIR, output_files, snippet_files

ROOT = Path(__file__).resolve().parent.parent
INCLUDE_BASES = (ROOT / SNIPPETS_DIR,)  # as base_path in mkdocs.yml


@pytest.fixture(scope="module")
def pages():
    return load_pages(ROOT)


def _report(problems: list[str], what_next: str) -> None:
    if problems:
        pytest.fail("\n".join([*problems, "", what_next]), pytrace=False)


def test_every_snippet_has_a_recorded_output():
    missing = [
        f"{p.relative_to(ROOT)}: no {p.with_suffix('.out').name} beside it"
        for p in snippet_files(ROOT)
        if not p.with_suffix(".out").exists()
    ]
    _report(
        missing, "Record them with `make update`, then read them before committing."
    )


def test_every_recorded_output_has_a_snippet():
    orphans = [
        f"{p.relative_to(ROOT)}: no {p.with_suffix('.py').name} beside it"
        for p in output_files(ROOT)
        if not p.with_suffix(".py").exists()
    ]
    _report(
        orphans,
        "An output without its snippet is stale: delete it, or restore the snippet "
        "(nothing deletes .out files for you).",
    )


def test_every_include_resolves(pages):
    problems = [
        f"{include.page}:{include.line}: includes {include.target!r}, which is not "
        f"a file under {SNIPPETS_DIR}/"
        for page in pages
        for include in page.includes
        if not any((base / include.path).is_file() for base in INCLUDE_BASES)
    ]
    _report(problems, "Fix the path, or create the snippet and record its output.")


def test_every_snippet_is_included_by_its_page(pages):
    included = {
        (ROOT / SNIPPETS_DIR / include.path).resolve()
        for page in pages
        for include in page.includes
    }
    by_page = {page.snippet_dir: page for page in pages}
    problems = []
    for path in snippet_files(ROOT):
        rel = path.relative_to(ROOT / SNIPPETS_DIR)
        folder = rel.parent.as_posix()
        page = by_page.get(folder)
        if page is None:
            problems.append(
                f"{SNIPPETS_DIR}/{rel}: its folder matches no page (expected "
                f"docs/{folder.replace('_', '-')}.md or docs/{folder}.md)"
            )
            continue
        for suffix in (".py", ".out"):
            if path.with_suffix(suffix).resolve() not in included:
                problems.append(
                    f"{SNIPPETS_DIR}/{rel.with_suffix(suffix)}: not included by "
                    f'{page.path} (add: --8<-- "{rel.with_suffix(suffix).as_posix()}")'
                )
    _report(problems, "Every example and its output must be on its page.")


def test_pages_include_only_their_own_snippets(pages):
    problems = []
    for page in pages:
        for include in page.includes:
            if not include.path.endswith((".py", ".out")):
                continue
            folder = Path(include.path).parent.as_posix()
            if folder != page.snippet_dir:
                problems.append(
                    f"{include.page}:{include.line}: includes {include.path!r} from "
                    f"{SNIPPETS_DIR}/{folder}/, but this page's examples live in "
                    f"{SNIPPETS_DIR}/{page.snippet_dir}/"
                )
    _report(
        problems, "Copy the example into this page's folder so each page owns its code."
    )


def test_code_blocks_come_from_snippet_files(pages):
    problems = []
    for page in pages:
        included_lines = {include.line for include in page.includes}
        for block in page.code_blocks:
            shows_code = block.language in SNIPPET_ONLY_LANGUAGES
            shows_output = (block.title or "").lower() == "output"
            if not (shows_code or shows_output):
                continue
            typed = [
                n for n, text in block.body if text.strip() and n not in included_lines
            ]
            kind = block.language or "text"
            if typed:
                lines = ", ".join(map(str, typed))
                problems.append(
                    f"{block.page}:{block.line}: a {kind} block with typed-in "
                    f"lines ({lines})"
                )
            elif not block.body:
                problems.append(f"{block.page}:{block.line}: an empty {kind} block")
    _report(
        problems,
        "Python code and outputs on a page must come from snippet files: move the "
        "code into snippets/<page>/NN_name.py, record its output with `make update`, "
        'and include both with --8<-- "<page>/NN_name.py".',
    )


def test_page_to_folder_rule():
    assert snippet_dir_for_page("basics/leaf-tensors.md") == "basics/leaf_tensors"
    assert snippet_dir_for_page("index.md") == "index"
