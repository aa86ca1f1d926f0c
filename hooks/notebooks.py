"""Notebook pages: in the nav, paired with their pages, light, out of search.

Each page of the nav that has a notebook (doccheck.nav says which) gets it
listed under "Notebooks", grouped as the pages are: mkdocs.yml lists pages
only. A page docs/<section>/<page>.md and docs/notebooks/<section>/<page>.ipynb
(written by `make notebooks`) link to each other through
overrides/main.html, which reads what this hook puts in page.meta.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from doccheck.nav import NOTEBOOKS_TITLE, notebooks_nav
from doccheck.paths import NOTEBOOKS_DIR

_files: Files | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # nbconvert finds template files on the Jupyter data path before
    # mkdocs-jupyter's own folder and its own: hooks/jupyter-data replaces the
    # 570 KB JupyterLab stylesheet mkdocs-jupyter inlines into every notebook
    # page, and the macros that write a MathJax 2 loader and a Mermaid loader
    # from a CDN into it (the math is typeset at build time, hooks/math.py).
    # Both folders sit outside overrides/, whose every file the theme publishes.
    root = Path(config.config_file_path).parent
    _put_first("JUPYTER_PATH", root / "hooks" / "jupyter-data")
    # nbconvert's configuration:
    # validate a notebook once after all the preprocessors instead of after
    # each of them, 13 times per export; the notebook is the same.
    _put_first("JUPYTER_CONFIG_PATH", root / "hooks" / "jupyter-config")
    nav = config.nav or []
    if any(isinstance(entry, dict) and NOTEBOOKS_TITLE in entry for entry in nav):
        raise PluginError(
            f'mkdocs.yml lists "{NOTEBOOKS_TITLE}" in its nav, but that part is '
            "made from the pages by hooks/notebooks.py: remove it from mkdocs.yml."
        )
    groups = notebooks_nav(nav)
    if groups:
        config.nav = [*nav, {NOTEBOOKS_TITLE: groups}]
    return config


def _put_first(variable: str, folder: Path) -> None:
    paths = os.environ.get(variable, "").split(os.pathsep)
    if str(folder) not in paths:
        os.environ[variable] = os.pathsep.join(filter(None, [str(folder), *paths]))


def on_files(files: Files, config: MkDocsConfig) -> Files:
    global _files
    _files = files
    return files


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files):
    # A notebook repeats its page: search results should land on the page,
    # and leaving notebooks out halves the index every page downloads.
    # (Material's search reads this in on_page_context, which comes later.)
    if page.file.src_uri.startswith(f"{NOTEBOOKS_DIR}/"):
        page.meta["search"] = {"exclude": True}
    return html


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
            # A notebook is generated from its page: edit the page instead.
            if page.edit_url and page.edit_url.endswith(src):
                page.edit_url = page.edit_url.removesuffix(src) + source
    return context
