"""Pair each guide page with its companion notebook, for the page buttons.

A page docs/<section>/<page>.md and docs/notebooks/<section>/<page>.ipynb
(written by `make notebooks`) link to each other through
overrides/main.html, which reads what this hook puts in page.meta.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

NOTEBOOKS_DIR = "notebooks"
_files: Files | None = None


def on_files(files: Files, config: MkDocsConfig) -> Files:
    global _files
    _files = files
    return files


def on_page_context(context, page: Page, config: MkDocsConfig, nav):
    src = page.file.src_uri
    if src.endswith(".md"):
        notebook = _files.get_file_from_path(f"{NOTEBOOKS_DIR}/{src[:-3]}.ipynb")
        if notebook is not None:
            page.meta["notebook_url"] = notebook.url
    elif src.startswith(f"{NOTEBOOKS_DIR}/") and src.endswith(".ipynb"):
        source = src.removeprefix(f"{NOTEBOOKS_DIR}/")[: -len(".ipynb")] + ".md"
        guide_page = _files.get_file_from_path(source)
        if guide_page is not None:
            page.meta["page_url"] = guide_page.url
            page.meta["notebook_file"] = src.rsplit("/", 1)[-1]
    return context
