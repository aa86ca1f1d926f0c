"""Write the companion notebook of every page that has one: `make notebooks`.

Which pages have one follows from the nav (``nav.pages_with_notebooks``).
Only notebooks whose text changes are written, and each one written is
listed. A notebook with no page any more is reported, never deleted.

Usage: python -m doccheck.notebook_files [--check]   (or tools/notebooks.py)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .nav import notebook_path_for, pages_with_notebooks
from .notebooks import NotebookSourceError, page_to_notebook, render
from .paths import DOCS_DIR, NOTEBOOKS_DIR, ROOT


def expected_notebooks(root: Path) -> dict[str, str]:
    """Every notebook the pages call for: path under docs/ -> file text."""
    return {
        notebook_path_for(page): render(page_to_notebook(root, page))
        for page in pages_with_notebooks(root)
    }


def notebook_drift(root: Path, expected: dict[str, str]) -> tuple[list[str], list[str]]:
    """Which notebooks differ from ``expected`` (missing or stale), and which
    notebook files no page calls for; both as paths under docs/."""
    docs = root / DOCS_DIR
    changed = [
        rel
        for rel, text in expected.items()
        if not (docs / rel).exists() or (docs / rel).read_text(encoding="utf-8") != text
    ]
    orphans = sorted(
        rel
        for rel in (
            p.relative_to(docs).as_posix()
            for p in (docs / NOTEBOOKS_DIR).rglob("*.ipynb")
        )
        if rel not in expected
    )
    return changed, orphans


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if any is stale"
    )
    args = parser.parse_args(argv)
    docs = root / DOCS_DIR
    try:
        expected = expected_notebooks(root)
    except NotebookSourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    changed, orphans = notebook_drift(root, expected)
    if not args.check:
        for rel in changed:
            (docs / rel).parent.mkdir(parents=True, exist_ok=True)
            (docs / rel).write_text(expected[rel], encoding="utf-8")
    verb = "stale" if args.check else "wrote"
    for rel in changed:
        print(f"{verb}: {DOCS_DIR}/{rel}")
    for rel in orphans:
        print(f"no page any more (delete it if that is right): {DOCS_DIR}/{rel}")
    if not changed:
        print(f"All {len(expected)} notebooks are up to date.")
    return 1 if args.check and (changed or orphans) else 0


if __name__ == "__main__":
    sys.exit(main())
