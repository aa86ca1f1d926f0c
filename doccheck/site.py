"""Where each source page ends up in the built site, and whose code it shows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .pages import Fence, Page, snippets_preprocessor
from .paths import DOCS_DIR, ROOT

PAGE_SOURCES = ("*.md", "*.ipynb")


def start_mkdocs_build(
    site_dir: Path, config_file: Path | None = None, root: Path = ROOT
) -> subprocess.Popen[str]:
    """`mkdocs build --strict`, exactly as a maintainer runs it, started;
    its output (both streams) is read from ``.stdout``."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict"]
    if config_file is not None:
        command += ["--config-file", str(config_file)]
    return subprocess.Popen(
        [*command, "--site-dir", str(site_dir)],
        cwd=root,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


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


def shown_code(url: str, root: Path = ROOT) -> list[tuple[str, str]]:
    """What each Python block on the page at ``url`` shows, in page order.

    Each item is (include target, text), the text being exactly what
    pymdownx.snippets puts in the block: the whole file, or the marked
    section, and never the ``# --8<-- [start:name]`` marker lines themselves.
    """
    source = Path(DOCS_DIR) / ((url.rstrip("/") or "index") + ".md")
    if not (root / source).is_file():
        return []
    expander = snippets_preprocessor(root)
    shown = []
    for block in Page.read(root, source).code_blocks:
        if isinstance(block, Fence) and block.role == "code" and block.includes:
            target = block.includes[0].target
            if len(block.includes) == 1:
                text = "\n".join(expander.run([f'--8<-- "{target}"']))
                shown.append((target, text))
    return shown
