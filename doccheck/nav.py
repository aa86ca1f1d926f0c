"""Which pages the site lists, and which of them have a companion notebook.

The ``nav`` of mkdocs.yml is the one list of pages. Every page it lists in a
section folder (``docs/<section>/<page>.md``), index pages aside, gets a
notebook ``docs/notebooks/<section>/<page>.ipynb``; hooks/notebooks.py adds
them to the nav under "Notebooks", grouped as their pages are. So a new page,
or a new section, needs one nav entry and nothing else.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .paths import MKDOCS_CONFIG, NOTEBOOKS_DIR, ROOT

NOTEBOOKS_TITLE = "Notebooks"


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its !!python/name or !ENV tags."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_nav(root: Path = ROOT) -> list:
    text = (root / MKDOCS_CONFIG).read_text(encoding="utf-8")
    return yaml.load(text, Loader=_ConfigLoader).get("nav") or []


def nav_pages(nav: list) -> list[str]:
    """Every page source the nav lists, in nav order."""
    pages = []
    for entry in nav:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        if isinstance(value, list):
            pages += nav_pages(value)
        elif isinstance(value, str) and "://" not in value:
            pages.append(value)
    return pages


def has_notebook(page: str) -> bool:
    section, _, name = page.rpartition("/")
    return (
        bool(section)
        and page.endswith(".md")
        and name != "index.md"
        and not page.startswith(f"{NOTEBOOKS_DIR}/")
    )


def notebook_path_for(page: str) -> str:
    """``basics/first-gradient.md`` -> ``notebooks/basics/first-gradient.ipynb``."""
    return f"{NOTEBOOKS_DIR}/{page.removesuffix('.md')}.ipynb"


def pages_with_notebooks(root: Path = ROOT, nav: list | None = None) -> list[str]:
    """The pages, under docs/, that have a notebook, in nav order."""
    pages = nav_pages(read_nav(root) if nav is None else nav)
    return [page for page in pages if has_notebook(page)]


def notebooks_nav(nav: list) -> list:
    """The "Notebooks" part of the nav: one group per nav section that has
    notebooks, titled as that section, its notebooks in page order."""
    groups = []
    for entry in nav:
        if not isinstance(entry, dict):
            continue
        (title, value), *_ = entry.items()
        if title == NOTEBOOKS_TITLE or not isinstance(value, list):
            continue
        notebooks = [notebook_path_for(p) for p in pages_with_notebooks(nav=value)]
        if notebooks:
            groups.append({title: notebooks})
    return groups
