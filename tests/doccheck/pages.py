"""Read the pages: which snippets each one includes, and which code it shows.

Includes are found with pymdownx.snippets' own regular expression and path
splitter, so this reads ``--8<--`` lines exactly as the build does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

DOCS_DIR = "docs"

# Code in these languages must come from snippet files, never be typed in.
SNIPPET_ONLY_LANGUAGES = frozenset(
    {"python", "py", "python3", "py3", "pycon", "pytb", "ipython", "ipython3"}
)

_FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_TITLE = re.compile(r"""title=(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>\S+))""")


@dataclass(frozen=True)
class Include:
    page: Path  # relative to the repository root
    line: int
    target: str  # as written, with any :section or :lines suffix
    path: str  # the file part, relative to the snippets base path
    section: str | None


@dataclass
class CodeBlock:
    page: Path
    line: int  # of the opening fence
    language: str
    title: str | None
    body: list[tuple[int, str]] = field(default_factory=list)


@cache
def _snippet_parser():
    """A real pymdownx.snippets preprocessor, used only for its parsing."""
    import markdown

    md = markdown.Markdown(extensions=["pymdownx.snippets"])
    return md.preprocessors["snippet"]


def _parse_target(text: str) -> tuple[str, str | None] | None:
    target = _snippet_parser().parse_snippet_target(text)
    if target is None:
        return None
    return target["path"], target["section"]


def find_includes(page: Path, lines: list[str]) -> list[Include]:
    """Every ``--8<--`` include in a page, single-line and block forms."""
    parser = _snippet_parser()
    includes = []
    in_block = False
    for number, line in enumerate(lines, start=1):
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
        parsed = _parse_target(text)
        if parsed is not None:
            includes.append(Include(page, number, text, parsed[0], parsed[1]))
    return includes


def find_code_blocks(page: Path, lines: list[str]) -> list[CodeBlock]:
    """Fenced code blocks, including those indented inside admonitions."""
    blocks = []
    current: CodeBlock | None = None
    fence = ""
    for number, line in enumerate(lines, start=1):
        if current is None:
            match = _FENCE_OPEN.match(line)
            if match and not (
                match.group("fence")[0] == "`" and "`" in match.group("info")
            ):
                info = match.group("info").strip()
                language = info.split()[0].lstrip("{.").rstrip("}") if info else ""
                title = _TITLE.search(info)
                current = CodeBlock(
                    page,
                    number,
                    language.lower(),
                    next((g for g in title.groups() if g is not None), None)
                    if title
                    else None,
                )
                fence = match.group("fence")
            continue
        stripped = line.strip()
        if stripped.startswith(fence) and set(stripped) == {fence[0]}:
            blocks.append(current)
            current = None
        else:
            current.body.append((number, line))
    return blocks


@dataclass
class Page:
    path: Path  # relative to the repository root
    includes: list[Include]
    code_blocks: list[CodeBlock]

    @property
    def snippet_dir(self) -> str:
        """Where this page's snippets live: docs/a/b-c.md -> a/b_c."""
        return snippet_dir_for_page(self.path.relative_to(DOCS_DIR).as_posix())


def snippet_dir_for_page(page: str) -> str:
    """``basics/leaf-tensors.md`` -> ``basics/leaf_tensors``."""
    return page.removesuffix(".md").replace("-", "_")


def load_pages(root: Path) -> list[Page]:
    pages = []
    for path in sorted((root / DOCS_DIR).rglob("*.md")):
        rel = path.relative_to(root)
        lines = path.read_text(encoding="utf-8").splitlines()
        pages.append(Page(rel, find_includes(rel, lines), find_code_blocks(rel, lines)))
    return pages
