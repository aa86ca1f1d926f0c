"""Turn a page into its companion notebook: prose cells and snippet cells.

The page is the single source: its prose becomes Markdown cells (math kept as
written), each snippet it shows becomes a code cell holding the snippet file
and, as the cell's output, the snippet's recorded output. Material-only syntax
gets a plain Jupyter equivalent: an admonition or a collapsible block becomes
a bold title followed by its content, a content tab likewise, a snippet's
figure becomes the code cell's SVG output, and links to other pages point at
the site. Nobody edits the notebooks: `make notebooks` writes them all.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

import nbformat

from .pages import DOCS_DIR, SNIPPET_ONLY_LANGUAGES, find_includes
from .site import url_for
from .snippet import SNIPPETS_DIR

NOTEBOOKS_DIR = "notebooks"  # under docs/
# Pages with a companion notebook: every page of these sections but index pages.
SECTIONS = ("basics", "guide", "troubleshooting")
GENERATED_BY = "make notebooks (tools/notebooks.py)"

_FENCE = re.compile(r"^(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_CONTAINER = re.compile(
    r'^(?P<marker>!!!|\?\?\?\+?|===\+?)[ \t]*(?P<kind>[\w-]*)?[ \t]*(?:"(?P<title>[^"]*)")?[ \t]*$'
)
_HEADING_ATTRS = re.compile(r"^(#{1,6} .*?)[ \t]*(\{[^{}]*\})[ \t]*$")
_ATTR_LINE = re.compile(r"^\{[ \t]*[.#:][^{}]*\}[ \t]*$")
_PAGE_LINK = re.compile(r"\]\((?P<target>[^)\s:]+?\.md)(?P<anchor>#[^)\s]*)?\)")
_FIGCAPTION = re.compile(r"<figcaption>(?P<text>.*?)</figcaption>", re.DOTALL)
_TITLE_ATTR = re.compile(r"""title=(?:"([^"]*)"|'([^']*)')""")


class NotebookSourceError(Exception):
    """The page uses a construct the notebook generator cannot convert."""

    def __init__(self, page: str, line: int, message: str) -> None:
        super().__init__(f"{page}:{line}: {message}")


@dataclass
class _Line:
    number: int  # in the page, for error messages
    text: str


def notebook_path_for(page: str) -> str:
    """``basics/first-gradient.md`` -> ``notebooks/basics/first-gradient.ipynb``."""
    return f"{NOTEBOOKS_DIR}/{page.removesuffix('.md')}.ipynb"


def pages_with_notebooks(root: Path) -> list[str]:
    docs = root / DOCS_DIR
    return sorted(
        path.relative_to(docs).as_posix()
        for section in SECTIONS
        for path in (docs / section).glob("*.md")
        if path.name != "index.md"
    )


class _Converter:
    def __init__(self, root: Path, page: str) -> None:
        self.root = root
        self.page = page
        self.notebook_url = url_for(notebook_path_for(page))
        self.cells: list[nbformat.NotebookNode] = []
        self.markdown: list[str] = []

    # -- output ----------------------------------------------------------------

    def flush(self) -> None:
        text = "\n".join(self.markdown).strip("\n")
        text = re.sub(r"\n{3,}", "\n\n", text)
        if text.strip():
            self.cells.append(nbformat.v4.new_markdown_cell(text))
        self.markdown = []

    def add_code(self, snippet: str, output: nbformat.NotebookNode | None) -> None:
        self.flush()
        source = self.snippet_text(snippet).rstrip("\n")
        cell = nbformat.v4.new_code_cell(source)
        cell.metadata["snippet"] = f"{SNIPPETS_DIR}/{snippet}"
        if _raises(source):
            cell.metadata["tags"] = ["raises-exception"]
        if output is not None:
            cell.outputs = [output]
        self.cells.append(cell)

    # -- input -----------------------------------------------------------------

    def convert(self, lines: list[_Line], quote: str = "") -> None:
        """Convert lines (already dedented); ``quote`` prefixes prose lines."""
        i = 0
        while i < len(lines):
            text = lines[i].text
            if match := _FENCE.match(text):
                i = self.fence(lines, i, match, quote)
            elif match := _CONTAINER.match(text):
                i = self.container(lines, i, match, quote)
            elif text.startswith("<figure"):
                raise NotebookSourceError(
                    self.page,
                    lines[i].number,
                    "a figure must come right after the code block of the "
                    "snippet that draws it",
                )
            elif _ATTR_LINE.match(text.strip()):
                i += 1  # an attribute list such as { .annotate }: Material-only
            else:
                self.markdown.append(
                    quote + self.prose(text) if text else quote.rstrip()
                )
                i += 1

    def prose(self, text: str) -> str:
        anchor = ""
        if match := _HEADING_ATTRS.match(text):
            text = match.group(1)
            # Keep an explicit { #id } so links to it still land here.
            if explicit := re.search(r"#([\w-]+)", match.group(2)):
                anchor = f'<a id="{explicit.group(1)}"></a>\n\n'
        if text.startswith("#"):
            text = _plain_heading(text)
        return anchor + _notebook_math(_PAGE_LINK.sub(self.site_link, text))

    def site_link(self, match: re.Match) -> str:
        """A link to another page, made relative to this notebook's URL."""
        page_dir = posixpath.dirname(self.page)
        target = posixpath.normpath(posixpath.join(page_dir, match.group("target")))
        href = posixpath.relpath(url_for(target) or ".", self.notebook_url or ".")
        return f"]({href}/{match.group('anchor') or ''})"

    def fence(self, lines: list[_Line], start: int, match: re.Match, quote: str) -> int:
        end = _fence_end(lines, start, match.group("fence"))
        info = match.group("info").strip()
        language = info.split()[0].lstrip("{.").lower() if info else ""
        includes = self.includes(lines[start + 1 : end])
        if language not in SNIPPET_ONLY_LANGUAGES or not includes:
            self.markdown.extend(quote + line.text for line in lines[start : end + 1])
            return end + 1
        if len(includes) != 1:
            raise NotebookSourceError(
                self.page, lines[start].number, "a code block must show one snippet"
            )
        output, caption, after = self.output_of(lines, end + 1, includes[0])
        self.add_code(includes[0], output)
        if caption:
            self.markdown += [quote + f"*{caption}*", quote.rstrip()]
        return after

    def output_of(self, lines: list[_Line], start: int, snippet: str):
        """The Output block or figure right after a snippet's code, if any.

        Returns (cell output or None, figure caption or None, next line index).
        """
        i = start
        while i < len(lines) and not lines[i].text.strip():
            i += 1
        if i >= len(lines):
            return None, None, start
        out = snippet.removesuffix(".py") + ".out"
        text = lines[i].text
        match = _FENCE.match(text)
        if match and _title(match.group("info")) == "output":
            end = _fence_end(lines, i, match.group("fence"))
            self.expect_output(lines[i + 1 : end], out, lines[i].number)
            recorded = self.snippet_text(out)
            if _raises(self.snippet_text(snippet)):
                return _error_output(recorded), None, end + 1
            output = nbformat.v4.new_output("stream", name="stdout", text=recorded)
            return output, None, end + 1
        if text.startswith("<figure"):
            end = i
            while end < len(lines) and "</figure>" not in lines[end].text:
                end += 1
            figure = lines[i : end + 1]
            self.expect_output(figure, out, lines[i].number)
            output = nbformat.v4.new_output(
                "display_data",
                data={
                    "image/svg+xml": self.snippet_text(out),
                    "text/plain": "<Figure>",
                },
            )
            caption = _FIGCAPTION.search("\n".join(line.text for line in figure))
            text = " ".join(caption.group("text").split()) if caption else None
            return output, text, end + 1
        return None, None, start

    def includes(self, lines: list[_Line]) -> list[str]:
        found = find_includes(Path(self.page), [line.text for line in lines])
        return [include.path for include in found]

    def expect_output(self, lines: list[_Line], out: str, number: int) -> None:
        if self.includes(lines) != [out]:
            raise NotebookSourceError(
                self.page, number, f"expected the output of this snippet ({out}) here"
            )

    def snippet_text(self, rel: str) -> str:
        return (self.root / SNIPPETS_DIR / rel).read_text(encoding="utf-8")

    def container(self, lines: list[_Line], start: int, match: re.Match, quote: str):
        """An admonition, collapsible block or content tab and its body."""
        end = start + 1
        while end < len(lines) and (
            not lines[end].text.strip() or lines[end].text.startswith("    ")
        ):
            end += 1
        while end > start + 1 and not lines[end - 1].text.strip():
            end -= 1
        kind = match.group("kind") or ""
        title = match.group("title")
        if title is None:
            title = kind.replace("-", " ").capitalize()
        title = _notebook_math(title)  # "Pick \(k\) near \(\sqrt{L}\)"
        body = [_Line(line.number, line.text[4:]) for line in lines[start + 1 : end]]
        if match.group("marker").startswith("==="):
            self.markdown += [quote + f"**{title}**", quote.rstrip()]
            self.convert(body, quote)
        else:
            self.markdown += [quote + f"> **{title}**", quote + ">"]
            self.convert(body, quote + "> ")
        self.markdown.append(quote.rstrip())
        return end


def _plain_heading(text: str) -> str:
    """A heading without code spans, their text kept (HTML-escaped).

    mkdocs-jupyter builds a notebook's table of contents with Python-Markdown,
    which leaves code out of a heading's anchor, while nbconvert's heading ids
    keep it: with code in a heading, its table-of-contents link would break.
    """
    return re.sub(r"`+([^`]*)`+", lambda m: html.escape(m.group(1), quote=False), text)


def _notebook_math(text: str) -> str:
    """Write inline math as Jupyter does, $...$, outside code spans.

    Pages use \\( ... \\) (arithmatex), but nbconvert's Markdown reads \\( as
    an escaped parenthesis; $ is the delimiter notebooks keep for MathJax.
    """
    parts = re.split(r"(`+[^`]*`+)", text)
    for index in range(0, len(parts), 2):  # even parts are outside code spans
        parts[index] = parts[index].replace("\\(", "$").replace("\\)", "$")
    return "".join(parts)


def _fence_end(lines: list[_Line], start: int, fence: str) -> int:
    end = start + 1
    while end < len(lines):
        closing = lines[end].text.strip()
        if closing.startswith(fence) and set(closing) == {fence[0]}:
            break
        end += 1
    return end


def _raises(source: str) -> bool:
    return re.search(r"^#\s*snippet:\s*raises\s", source, re.MULTILINE) is not None


def _title(info: str) -> str:
    match = _TITLE_ATTR.search(info)
    return (match.group(1) or match.group(2) or "").lower() if match else ""


def _error_output(recorded: str) -> nbformat.NotebookNode:
    last = recorded.rstrip("\n").rsplit("\n", 1)[-1]
    name, _, value = last.partition(": ")
    return nbformat.v4.new_output(
        "error",
        ename=name.rsplit(".", 1)[-1],
        evalue=value,
        traceback=recorded.rstrip("\n").split("\n"),
    )


def page_to_notebook(root: Path, page: str) -> nbformat.NotebookNode:
    """The companion notebook of ``docs/<page>``, ready to be written."""
    lines = (root / DOCS_DIR / page).read_text(encoding="utf-8").splitlines()
    numbered = [_Line(number, text) for number, text in enumerate(lines, start=1)]
    heading = next(
        (i for i, line in enumerate(numbered) if line.text.startswith("# ")), None
    )
    if heading is None:
        raise NotebookSourceError(page, 1, "the page needs a '# Title' line")
    title = numbered[heading].text[2:].strip()
    converter = _Converter(root, page)
    back = posixpath.relpath(url_for(page) or ".", converter.notebook_url)
    converter.markdown += [
        f"# {title}",
        "",
        f"This notebook is the page [{title}]({back}/) of *Gradients with "
        "PyTorch*, as cells you can run. Every output below is the one recorded "
        "from the same code with torch 2.13.0; run the cells from top to bottom "
        "to see them again.",
        "",
    ]
    converter.convert(numbered[heading + 1 :])
    converter.flush()
    notebook = nbformat.v4.new_notebook(cells=converter.cells)
    for index, cell in enumerate(notebook.cells):
        cell.id = f"cell-{index:03d}"
    notebook.metadata = {
        "kernelspec": {
            "name": "python3",
            "display_name": "Python 3",
            "language": "python",
        },
        "language_info": {"name": "python"},
        "gradients": {
            "page": f"{DOCS_DIR}/{page}",
            "generated_by": GENERATED_BY,
            "note": "DO NOT EDIT: regenerate with `make notebooks`.",
        },
    }
    return notebook


def render(notebook: nbformat.NotebookNode) -> str:
    """The exact text written to disk, so a stale file is a text difference."""
    return json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def expected_notebooks(root: Path) -> dict[str, str]:
    """Every notebook the pages call for: path under docs/ -> file text."""
    return {
        notebook_path_for(page): render(page_to_notebook(root, page))
        for page in pages_with_notebooks(root)
    }


def notebook_drift(root: Path, expected: dict[str, str]) -> tuple[list[str], list[str]]:
    """Which notebooks differ from ``expected`` (missing or stale), and which
    notebook files no page calls for; both as paths under docs/."""
    docs = root / DOCS_DIR
    changed = [
        rel
        for rel, text in expected.items()
        if not (docs / rel).exists() or (docs / rel).read_text(encoding="utf-8") != text
    ]
    orphans = sorted(
        rel
        for rel in (
            p.relative_to(docs).as_posix()
            for p in (docs / NOTEBOOKS_DIR).rglob("*.ipynb")
        )
        if rel not in expected
    )
    return changed, orphans
