"""Reading a page's HTML where a hook changes parts of it in place (not a
hook itself)."""

from __future__ import annotations

import re
from html.parser import HTMLParser


class OffsetParser(HTMLParser):
    """Python's HTML parser over a page's HTML (``source``), telling where
    in that string the current event starts, so the hook can splice its
    change in there and leave every other byte as it was."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]

    def position(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column
