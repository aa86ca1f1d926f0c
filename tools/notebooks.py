"""Write the companion notebook of every guide page: `make notebooks`.

Each page in docs/basics, docs/guide, docs/practice and docs/troubleshooting gets
docs/notebooks/<section>/<page>.ipynb, generated from the page and its
snippets' recorded outputs (tests/doccheck/notebooks.py says how). Only
notebooks whose text changes are written, and each one written is listed.
A notebook with no page any more is reported, never deleted.

Usage: .venv/bin/python tools/notebooks.py [--check]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from doccheck.notebooks import (  # noqa: E402
    NotebookSourceError,
    expected_notebooks,
    notebook_drift,
)
from doccheck.pages import DOCS_DIR  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if any is stale"
    )
    args = parser.parse_args()
    docs = ROOT / DOCS_DIR
    try:
        expected = expected_notebooks(ROOT)
    except NotebookSourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    changed, orphans = notebook_drift(ROOT, expected)
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
