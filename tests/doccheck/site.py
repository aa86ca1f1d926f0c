"""Where each source page ends up in the built site, and whose code it shows."""

from __future__ import annotations

from pathlib import Path

from .pages import DOCS_DIR, snippet_dir_for_page
from .snippet import SNIPPETS_DIR

ROOT = Path(__file__).resolve().parents[2]
PAGE_SOURCES = ("*.md", "*.ipynb")


def url_for(source: str) -> str:
    """``basics/first-gradient.md`` -> ``basics/first-gradient/`` (directory URLs)."""
    stem = source.rsplit(".", 1)[0]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def page_sources(root: Path = ROOT) -> list[str]:
    docs = root / DOCS_DIR
    return sorted(
        path.relative_to(docs).as_posix()
        for pattern in PAGE_SOURCES
        for path in docs.rglob(pattern)
        if ".ipynb_checkpoints" not in path.parts
    )


def page_urls(root: Path = ROOT) -> list[str]:
    return [url_for(source) for source in page_sources(root)]


def snippet_for_code_title(url: str, title: str, root: Path = ROOT) -> Path | None:
    """The snippet file a titled code block on the page at ``url`` shows."""
    if not title.endswith(".py"):
        return None
    page = (url.rstrip("/") or "index") + ".md"
    path = root / SNIPPETS_DIR / snippet_dir_for_page(page) / title
    return path if path.is_file() else None
