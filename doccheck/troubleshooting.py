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

from .pages import Page, Prose, walk
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


def _level2_headings(page: Page) -> list[Prose]:
    return [
        block
        for block in page.blocks
        if isinstance(block, Prose) and block.text.startswith("## ")
    ]


def _section_pages(root: Path) -> list[Page]:
    return [
        Page.read(root, path.relative_to(root))
        for path in sorted((root / DOCS_DIR / SECTION).glob("*.md"))
        if path.name != "index.md"
    ]


def entries(root: Path) -> list[Entry]:
    found = []
    for page in _section_pages(root):
        headings = _level2_headings(page)
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
        for heading in _level2_headings(page):
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


# A cell that is one Markdown link. The text may hold brackets
# (``grad_output[0]``): the text ends at the last ``](``; the target, a
# relative path and an anchor, has no parentheses or spaces.
_LINK = re.compile(r"^\[(?P<text>.+)\]\((?P<target>[^()\s]+)\)$")
# A cell of the row under a table's header: ---, :--, --:, :-:
_DELIMITER = re.compile(r"^:?-+:?$")


def _cells(row: str) -> list[str]:
    """The cells of a table row, as GitHub-flavoured Markdown reads them:
    split at each pipe that is not escaped (``\\|``), the outer pipes (which
    are optional) left out."""
    row = row.strip().removeprefix("|")
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", row)]


def index_rows(root: Path) -> list[IndexRow]:
    """The body rows of every table of the index, in page order.

    A table is a run of lines starting with ``|``: a header row, a delimiter
    row (``| --- | --- |``), then the body rows. The link column is the
    first one; the Kind column is the one whose header is ``Kind``."""
    page = Page.read(root, Path(DOCS_DIR, INDEX))
    lines = [(b.line, b.text) for b in walk(page.blocks) if isinstance(b, Prose)]
    rows = []
    header: list[str] | None = None  # of the table being read
    in_body = False
    for number, text in lines:
        if not text.lstrip().startswith("|"):
            header, in_body = None, False  # not (or no longer) in a table
            continue
        cells = _cells(text)
        if header is None or not in_body:
            if header is not None and all(_DELIMITER.match(c) for c in cells):
                in_body = True
            else:
                header = cells  # a first row; a table if a delimiter follows
            continue
        kind = header.index("Kind") if "Kind" in header else None
        link = _LINK.match(cells[0])
        target_page = target_anchor = None
        if link:
            path, _, target_anchor = link["target"].partition("#")
            target_page = posixpath.normpath(
                posixpath.join(posixpath.dirname(INDEX), path)
            )
        rows.append(
            IndexRow(
                number,
                cells[0],
                cells[kind] if kind is not None and kind < len(cells) else None,
                link["text"] if link else None,
                target_page,
                target_anchor or None,
            )
        )
    return rows
