"""Where things are in the repository: the one place that knows.

The package is installed in editable mode from the repository it checks
(``make setup``), so the repository root is the folder above this package.
Code that is handed a root (the engine's tests build throwaway ones) uses
that instead; nothing else works out the root by itself.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DOCS_DIR = "docs"  # the pages, relative to the root
SNIPPETS_DIR = "snippets"  # the examples, relative to the root
NOTEBOOKS_DIR = "notebooks"  # the generated notebooks, relative to docs/
OUTPUT_SUFFIX = ".out"  # a snippet's recorded output sits beside it
VERSIONS_FILE = "recorded_with.json"  # in snippets/: torch and Python used
MKDOCS_CONFIG = "mkdocs.yml"
