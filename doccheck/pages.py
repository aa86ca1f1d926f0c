"""The one model of a page, used by the page checks, the notebook generator
and the hooks: what blocks a page is made of, and which snippets it includes.

A page is read into a list of blocks, in page order:

- ``Prose``: a line of Markdown text (headings, paragraphs, lists, blanks);
- ``Fence``: a fenced code block, whatever its attribute syntax
  (```` ```python title="x" ````, ```` ```{.python} ````,
  ```` ``` { .python title="x" } ````), with the includes in its body;
- ``IndentedCode``: a code block made by indenting four spaces (outside a
  container, whose body is indented by syntax);
- ``Figure``: an HTML ``<figure>`` block (a snippet's drawing);
- ``Container``: an admonition (``!!!``), a collapsible block (``???``) or a
  content tab (``===``), holding the blocks of its indented body.

Includes (``--8<--``) are found with pymdownx.snippets' own regular
expression and path splitter, so they are read exactly as the build reads
them. Nothing here rewrites Markdown: it only says what is there.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .paths import DOCS_DIR, OUTPUT_SUFFIX, ROOT, SNIPPETS_DIR

# Code in these languages must come from snippet files, never be typed in.
SNIPPET_ONLY_LANGUAGES = frozenset(
    {"python", "py", "python3", "py3", "pycon", "pytb", "ipython", "ipython3"}
)
OUTPUT_TITLE = "output"  # the title of a block that shows a recorded output
INDENT = "    "  # a container's body, and an indented code block

_FENCE_OPEN = re.compile(r"^[ \t]*(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_CONTAINER = re.compile(
    r"^(?P<marker>!!!|\?\?\?\+?|===\+?)[ \t]*(?P<kind>[\w-]*)"
    r'[ \t]*(?:"(?P<title>[^"]*)")?[ \t]*$'
)


@dataclass(frozen=True)
class Include:
    page: Path  # relative to the repository root
    line: int
    target: str  # as written, with any :section or :lines suffix
    path: str  # the file part, relative to the snippets base path
    section: str | None


@dataclass
class Prose:
    line: int
    text: str  # without the container indentation


@dataclass
class Fence:
    line: int  # of the opening fence
    fence: str  # the opening run of backticks or tildes
    language: str  # lower case; "" when none
    title: str | None
    source: list[tuple[int, str]]  # every line, the fences included
    includes: list[Include] = field(default_factory=list)

    @property
    def body(self) -> list[tuple[int, str]]:
        """The lines between the fences."""
        closed = len(self.source) > 1 and self.source[-1][1].strip().startswith(
            self.fence
        )
        return self.source[1 : -1 if closed else None]

    @property
    def role(self) -> str:
        """ "code" for a Python block, "output" for a block showing an output
        (by its title or by including a recorded output), else "other"."""
        if self.language in SNIPPET_ONLY_LANGUAGES or any(
            i.path.endswith(".py") for i in self.includes
        ):
            return "code"
        if (self.title or "").lower() == OUTPUT_TITLE or any(
            i.path.endswith(OUTPUT_SUFFIX) for i in self.includes
        ):
            return "output"
        return "other"


@dataclass
class IndentedCode:
    line: int
    body: list[tuple[int, str]]
    includes: list[Include] = field(default_factory=list)
    role = "indented"  # what Fence.role says of a fenced block


@dataclass
class Figure:
    line: int
    lines: list[tuple[int, str]]
    includes: list[Include] = field(default_factory=list)


@dataclass
class Container:
    line: int
    marker: str  # !!!, ???, ???+, ===, ===+
    kind: str  # tip, warning, success, ... ("" for a tab)
    title: str | None  # as written; None when the title is left out
    blocks: list = field(default_factory=list)

    @property
    def is_tab(self) -> bool:
        return self.marker.startswith("===")

    @property
    def shown_title(self) -> str:
        """The title a reader sees: the written one, or the kind, capitalized."""
        if self.title is not None:
            return self.title
        return self.kind.replace("-", " ").capitalize()


Block = Prose | Fence | IndentedCode | Figure | Container


def fence_info(info: str) -> tuple[str, str | None]:
    """(language, title) of a fence's info string, in any attribute syntax:
    ``python title="a.py"``, ``{.python}``, ``{ .python title="a.py" }``."""
    text = info.strip()
    if text.startswith("{") and text.endswith("}"):
        text = text[1:-1]
    text = text.replace("{", " ").replace("}", " ")
    try:
        tokens = shlex.split(text)
    except ValueError:  # an unbalanced quote: read it word by word
        tokens = text.split()
    language, title = "", None
    for token in tokens:
        key, equals, value = token.partition("=")
        if equals:
            if key == "title":
                title = value
        elif not language and not token.startswith("#"):
            language = token.lstrip(".").lower()
    return language, title


@cache
def snippets_preprocessor(root: Path = ROOT):
    """pymdownx.snippets, configured as mkdocs.yml configures it: the one
    instance that reads includes (its own regular expression and path
    splitter) and, for the site checks, expands them."""
    import markdown

    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={
            "pymdownx.snippets": {
                "base_path": [str(root / SNIPPETS_DIR)],
                "check_paths": True,
            }
        },
    )
    return md.preprocessors["snippet"]


def find_includes(page: Path, lines: list[str], first: int = 1) -> list[Include]:
    """Every ``--8<--`` include in ``lines``, single-line and block forms;
    ``first`` is the page line number of ``lines[0]``."""
    parser = snippets_preprocessor()
    includes = []
    in_block = False
    for number, line in enumerate(lines, start=first):
        match = parser.RE_ALL_SNIPPETS.match(line)
        text = None
        if match:
            if match.group("escape"):
                continue
            if match.group("inline_marker"):
                if not in_block:
                    text = match.group("snippet")[1:-1].strip()
            else:
                in_block = not in_block
                continue
        elif in_block:
            text = line.strip()
            if not text or text.startswith(";"):
                continue
        if text is None:
            continue
        target = parser.parse_snippet_target(text)
        if target is not None:
            includes.append(
                Include(page, number, text, target["path"], target["section"])
            )
    return includes


def _includes_in(page: Path, lines: list[tuple[int, str]]) -> list[Include]:
    found = []
    for number, text in lines:
        found += find_includes(page, [text], first=number)
    return found


def _fence_end(lines: list[tuple[int, str]], start: int, fence: str) -> int:
    """Index of the closing fence line (or len(lines) if it never closes)."""
    end = start + 1
    while end < len(lines):
        closing = lines[end][1].strip()
        if closing.startswith(fence) and set(closing) == {fence[0]}:
            break
        end += 1
    return end


def parse_blocks(page: Path, lines: list[tuple[int, str]]) -> list[Block]:
    """The blocks of ``lines`` (numbered, already dedented to this level)."""
    blocks: list[Block] = []
    i = 0
    previous_blank = True
    while i < len(lines):
        number, text = lines[i]
        if previous_blank and text.startswith(INDENT) and text.strip():
            end = i
            while end < len(lines) and (
                lines[end][1].startswith(INDENT) or not lines[end][1].strip()
            ):
                end += 1
            while not lines[end - 1][1].strip():
                end -= 1
            body = lines[i:end]
            blocks.append(IndentedCode(number, body, _includes_in(page, body)))
            i, previous_blank = end, False
            continue
        match = _FENCE_OPEN.match(text)
        # A backtick fence's info string has no backtick: else it is inline code.
        if match and not (match["fence"][0] == "`" and "`" in match["info"]):
            end = _fence_end(lines, i, match["fence"])
            language, title = fence_info(match["info"])
            source = lines[i : end + 1]
            includes = _includes_in(page, source[1:])
            blocks.append(
                Fence(number, match["fence"], language, title, source, includes)
            )
            i, previous_blank = end + 1, False
            continue
        if match := _CONTAINER.match(text):
            end = i + 1
            while end < len(lines) and (
                not lines[end][1].strip() or lines[end][1].startswith(INDENT)
            ):
                end += 1
            while end > i + 1 and not lines[end - 1][1].strip():
                end -= 1
            body = [(n, t[len(INDENT) :]) for n, t in lines[i + 1 : end]]
            blocks.append(
                Container(
                    number,
                    match["marker"],
                    match["kind"] or "",
                    match["title"],
                    parse_blocks(page, body),
                )
            )
            i, previous_blank = end, False
            continue
        if text.startswith("<figure"):
            end = i
            while end < len(lines) and "</figure>" not in lines[end][1]:
                end += 1
            figure = lines[i : end + 1]
            blocks.append(Figure(number, figure, _includes_in(page, figure)))
            i, previous_blank = end + 1, False
            continue
        blocks.append(Prose(number, text))
        # An indented line after a list item continues the item, not code.
        previous_blank = not text.strip() and not _in_list(blocks)
        i += 1
    return blocks


_LIST_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])[ \t]")


def _in_list(blocks: list[Block]) -> bool:
    """Is the paragraph before the trailing blank lines a list item?"""
    for block in reversed(blocks):
        if isinstance(block, Prose) and not block.text.strip():
            continue
        return isinstance(block, Prose) and bool(
            _LIST_ITEM.match(block.text) or block.text.startswith(INDENT)
        )
    return False


def walk(blocks: list[Block]):
    """Every block, containers' contents included, in page order."""
    for block in blocks:
        yield block
        if isinstance(block, Container):
            yield from walk(block.blocks)


@dataclass
class Page:
    path: Path  # relative to the repository root, e.g. docs/basics/x.md
    blocks: list[Block]
    includes: list[Include]  # every include, in or out of a code block

    @classmethod
    def read(cls, root: Path, path: Path) -> Page:
        """The page at ``path`` (relative to ``root``)."""
        text = (root / path).read_text(encoding="utf-8")
        lines = text.splitlines()
        numbered = list(enumerate(lines, start=1))
        return cls(path, parse_blocks(path, numbered), find_includes(path, lines))

    @property
    def source(self) -> str:
        """The page under docs/: ``basics/x.md``."""
        return self.path.relative_to(DOCS_DIR).as_posix()

    @property
    def snippet_dir(self) -> str:
        """Where this page's snippets live: docs/a/b-c.md -> a/b_c."""
        return snippet_dir_for_page(self.source)

    @property
    def code_blocks(self) -> list[Fence | IndentedCode]:
        """Every code block, fenced or indented, at any depth."""
        return [b for b in walk(self.blocks) if isinstance(b, Fence | IndentedCode)]

    def headings(self, level: int) -> list[Prose]:
        """The page's headings of ``level`` (``#`` is 1), in page order;
        those inside containers are not the page's."""
        mark = "#" * level + " "
        return [
            b for b in self.blocks if isinstance(b, Prose) and b.text.startswith(mark)
        ]


def snippet_dir_for_page(page: str) -> str:
    """``basics/leaf-tensors.md`` -> ``basics/leaf_tensors``."""
    return page.removesuffix(".md").replace("-", "_")


def load_pages(root: Path) -> list[Page]:
    return [
        Page.read(root, path.relative_to(root))
        for path in sorted((root / DOCS_DIR).rglob("*.md"))
    ]
