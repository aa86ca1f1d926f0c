"""Serve MathJax from the site itself: add it from node_modules to the build.

Only the one combined component and the fonts it loads are added, so no page
needs a CDN. `npm ci` (run by `make setup`) installs the pinned version.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

SITE_DIR = "assets/mathjax"
COMPONENT = "tex-mml-chtml.js"
FONTS = "output/chtml/fonts/woff-v2"


def mathjax_files(root: Path) -> list[Path]:
    """The component and its fonts, or a clear error saying how to get them."""
    source = root / "node_modules" / "mathjax" / "es5"
    if not (source / COMPONENT).is_file():
        raise PluginError(
            f"MathJax is not installed: {source / COMPONENT} is missing. "
            "Run `make setup` (or `npm ci`) in the repository root."
        )
    return [source / COMPONENT, *sorted((source / FONTS).glob("*.woff"))]


def on_files(files: Files, config: MkDocsConfig) -> Files:
    root = Path(config.config_file_path).parent
    source = root / "node_modules" / "mathjax" / "es5"
    for path in mathjax_files(root):
        uri = f"{SITE_DIR}/{path.relative_to(source).as_posix()}"
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files
