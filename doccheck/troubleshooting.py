"""The entries of the Errors and fixes section, read from its pages.

An entry is a level-2 heading with an explicit anchor,
``## <phrase> { #<anchor> }``, and the section under it. Its snippets are
named ``NN_<slug>_trigger.py`` and ``NN_<slug>_fix.py``. An entry is about a
message (an error or a warning) when its heading phrase is printed, word for
word, by its trigger snippet; otherwise it is a silent trap.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .pages import Page, Prose
from .paths import DOCS_DIR, OUTPUT_SUFFIX, SNIPPETS_DIR
from .site import url_for

SECTION = "troubleshooting"
_ENTRY = re.compile(
    r"^## (?P<phrase>.+?)[ \t]*\{[ \t]*#(?P<anchor>[\w-]+)[ \t]*\}[ \t]*$"
)


@dataclass(frozen=True)
class Entry:
    page: str  # e.g. troubleshooting/backward-errors.md
    line: int
    phrase: str
    anchor: str
    includes: tuple[str, ...]  # snippet paths under snippets/

    @property
    def url(self) -> str:
        """Where the entry is: ``/troubleshooting/backward-errors/#anchor``."""
        return f"/{url_for(self.page)}#{self.anchor}"

    def snippets(self, kind: str) -> list[str]:
        return [p for p in self.includes if p.endswith(f"_{kind}.py")]

    def trigger_output(self, root: Path) -> str:
        return "".join(
            (root / SNIPPETS_DIR / p)
            .with_suffix(OUTPUT_SUFFIX)
            .read_text(encoding="utf-8")
            for p in self.snippets("trigger")
        )

    def is_message(self, root: Path) -> bool:
        return self.phrase in self.trigger_output(root)


def entries(root: Path) -> list[Entry]:
    found = []
    for path in sorted((root / DOCS_DIR / SECTION).glob("*.md")):
        if path.name == "index.md":
            continue
        page = Page.read(root, path.relative_to(root))
        headings = [
            block
            for block in page.blocks
            if isinstance(block, Prose) and block.text.startswith("## ")
        ]
        ends = [heading.line for heading in headings[1:]] + [sys.maxsize]
        for heading, end in zip(headings, ends, strict=True):
            match = _ENTRY.match(heading.text)
            if not match:
                continue  # Exercise, Summary: not entries
            includes = tuple(
                i.path for i in page.includes if heading.line < i.line < end
            )
            found.append(
                Entry(
                    page.source,
                    heading.line,
                    match["phrase"],
                    match["anchor"],
                    includes,
                )
            )
    return found
