"""The entries of the Errors and fixes section, read from its pages, and the
index that lists them.

An entry is a level-2 heading with an explicit anchor,
``## <phrase> { #<anchor> }``, and the section under it. Its snippets are
named ``NN_<slug>_trigger.py`` and ``NN_<slug>_fix.py``.

What an entry is about is declared, not guessed: the Kind column of the
tables in ``docs/troubleshooting/index.md`` says ``error`` or ``warning`` (its
trigger reports that message, and the heading quotes it) or ``silent`` (a
silent trap: the trigger reports nothing, the heading names the symptom). A
``technique`` row points at a section that is not an entry (a heading
without an explicit anchor, such as "Find where the graph was cut").
"""

from __future__ import annotations

import posixpath
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from markdown.extensions.toc import slugify
from markdown_it import MarkdownIt

from .pages import Page
from .paths import DOCS_DIR, OUTPUT_SUFFIX, SNIPPETS_DIR
from .site import url_for

SECTION = "troubleshooting"
INDEX = f"{SECTION}/index.md"  # under docs/
_ENTRY = re.compile(
    r"^## (?P<phrase>.+?)[ \t]*\{[ \t]*#(?P<anchor>[\w-]+)[ \t]*\}[ \t]*$"
)

# The values of the index's Kind column. For error and warning, the endings
# of the class names a trigger reports the message with.
REPORTED = {"error": ("Error", "Exception"), "warning": ("Warning",)}
ENTRY_KINDS = (*REPORTED, "silent")  # a technique is a section, not an entry
KINDS = (*ENTRY_KINDS, "technique")


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

    def outputs(self, kind: str) -> list[str]:
        """The recorded outputs of its ``kind`` snippets, under snippets/."""
        return [
            Path(p).with_suffix(OUTPUT_SUFFIX).as_posix() for p in self.snippets(kind)
        ]

    def trigger_output(self, root: Path) -> str:
        return "".join(
            (root / SNIPPETS_DIR / p).read_text(encoding="utf-8")
            for p in self.outputs("trigger")
        )

    def is_message(self, root: Path) -> bool:
        return self.phrase in self.trigger_output(root)


def _section_pages(root: Path) -> list[Page]:
    return [
        Page.read(root, path.relative_to(root))
        for path in sorted((root / DOCS_DIR / SECTION).glob("*.md"))
        if path.name != "index.md"
    ]


def entries(root: Path) -> list[Entry]:
    found = []
    for page in _section_pages(root):
        headings = page.headings(2)
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


@dataclass(frozen=True)
class Section:
    """A level-2 heading that is not an entry (no explicit anchor)."""

    page: str
    line: int
    title: str
    anchor: str  # the id the toc extension gives it


def plain_sections(root: Path) -> list[Section]:
    """The level-2 headings without an explicit anchor: techniques, and
    Exercise and Summary. Their anchor is what mkdocs.yml's toc extension
    makes of the title (its default slugify; these titles are plain text)."""
    found = []
    for page in _section_pages(root):
        for heading in page.headings(2):
            if not _ENTRY.match(heading.text):
                title = heading.text.removeprefix("## ").strip()
                found.append(
                    Section(page.source, heading.line, title, slugify(title, "-"))
                )
    return found


# --- What a trigger reports ---------------------------------------------------

# An exception or a warning, anywhere in a line: the last line of a
# traceback (``RuntimeError: ...``), a line the snippet prints around it
# (``step 1: RuntimeError: ...``), a warning (``x.py:8: UserWarning: ...``);
# dotted names too (``torch.OutOfMemoryError: ...``). The name starts the
# line or follows a character that cannot be part of a name.
_REPORT = re.compile(
    r"(?<![\w.])(?P<name>(?:\w+\.)*\w*(?:Error|Exception|Warning)): (?P<message>.*)"
)


@dataclass(frozen=True)
class Report:
    line: int  # in the .out file
    name: str  # RuntimeError, UserWarning, torch.OutOfMemoryError
    text: str  # from the name to the end of the line

    def is_a(self, kind: str) -> bool:
        """Is this report an ``error`` or a ``warning`` (see REPORTED)?"""
        return self.name.endswith(REPORTED[kind])


def reports(output: str) -> list[Report]:
    """Every line of a recorded output that reports an error or a warning."""
    found = []
    for number, line in enumerate(output.splitlines(), start=1):
        if match := _REPORT.search(line):
            found.append(Report(number, match["name"], line[match.start() :]))
    return found


# --- The index --------------------------------------------------------------


@dataclass(frozen=True)
class IndexRow:
    """A body row of a table of docs/troubleshooting/index.md."""

    line: int
    message: str  # the first cell, as written
    kind_cell: str | None  # the Kind cell, as written; None: no Kind column
    text: str | None  # the link's text; None when the first cell is no link
    page: str | None  # the page it links to, under docs/
    anchor: str | None

    @property
    def kind(self) -> str | None:
        """The Kind, without a note in parentheses:
        ``error (anomaly detection)`` -> ``error``."""
        if self.kind_cell is None:
            return None
        return self.kind_cell.split("(", 1)[0].strip()


def _link_text(children) -> str:
    """A link's text as written (backticks kept), from its inline tokens."""
    return "".join(
        t.markup + t.content + t.markup if t.type == "code_inline" else t.content
        for t in children
    )


def _row(line: int, header: list[str], cells: list) -> IndexRow:
    """An index row from its cells' inline tokens (markdown-it-py)."""
    first = cells[0]
    children = first.children or []
    link = (
        len(children) >= 2
        and children[0].type == "link_open"
        and children[-1].type == "link_close"
        and [t.type for t in children].count("link_open") == 1
    )
    text = page = anchor = None
    if link:
        text = _link_text(children[1:-1])
        path, _, anchor = str(children[0].attrs["href"]).partition("#")
        page = posixpath.normpath(posixpath.join(posixpath.dirname(INDEX), path))
    kind = header.index("Kind") if "Kind" in header else None
    return IndexRow(
        line,
        first.content,
        cells[kind].content if kind is not None and kind < len(cells) else None,
        text,
        page,
        anchor or None,
    )


def index_rows(root: Path) -> list[IndexRow]:
    """The body rows of every table of the index, in page order, read by
    markdown-it-py's table rule (GitHub's table syntax, as the site's
    ``tables`` extension reads these). The link column is the first one;
    the Kind column is the one whose header is ``Kind``."""
    text = (root / DOCS_DIR / INDEX).read_text(encoding="utf-8")
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    rows: list[IndexRow] = []
    header: list[str] = []
    cells: list | None = None  # the inline tokens of the row being read
    in_head = False
    for token in tokens:
        if token.type in ("thead_open", "thead_close"):
            in_head = token.type == "thead_open"
        elif token.type == "tr_open":
            cells, line = [], token.map[0] + 1
        elif token.type == "inline" and cells is not None:
            cells.append(token)  # one per th or td
        elif token.type == "tr_close":
            if in_head:
                header = [cell.content for cell in cells]
            else:
                rows.append(_row(line, header, cells))
            cells = None
    return rows
