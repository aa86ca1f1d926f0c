"""What a hook made of each page, kept between builds (not a hook itself).

hooks/math.py and hooks/accessibility.py each read a page's whole HTML with
Python's HTML parser, most of a warm build's own work, though a rebuild
hands them the same HTML for every page but the one edited. Each keeps its
result per page in a folder of .cache/, as <page>.json, with a key: a
digest of the page's HTML as handed to the hook and of everything else that
shapes the result (the hook's code, this file's, page_html.py's, Python's
version, whose HTML parser reads the page, and what the hook names, such as MathJax's
version and settings). An entry whose key differs is not used and is
replaced, so there is one entry per page and none is ever stale.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

PARSER = Path(__file__).with_name("page_html.py")


class PageCache:
    def __init__(self, folder: Path, *shapers: str | bytes | Path) -> None:
        self.folder = folder
        # This file and the hooks' shared page parser shape every entry.
        machinery = Path(__file__).read_bytes() + PARSER.read_bytes()
        digest = hashlib.sha256(machinery + sys.version.encode())
        for shaper in shapers:
            if isinstance(shaper, Path):
                shaper = shaper.read_bytes()
            elif isinstance(shaper, str):
                shaper = shaper.encode("utf-8")
            # Length first, so no two lists of shapers run together alike.
            digest.update(f"{len(shaper)}:".encode() + shaper)
        self.shapers = digest.hexdigest()

    def key(self, source: str) -> str:
        return hashlib.sha256(
            self.shapers.encode() + source.encode("utf-8")
        ).hexdigest()

    def entry(self, page: str) -> Path:
        return self.folder / f"{page}.json"

    def get(self, page: str, source: str) -> dict | None:
        """What was kept for this page's HTML (``source``), or None."""
        try:
            kept = json.loads(self.entry(page).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return kept if kept.get("key") == self.key(source) else None

    def put(self, page: str, source: str, **result) -> None:
        write_whole(self.entry(page), json.dumps({"key": self.key(source), **result}))


def write_whole(path: Path, text: str) -> None:
    """Write ``text`` to a file of this build's own, then rename it: a build
    stopped halfway, or another build at the same time, never leaves half a
    file in a cache."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)
