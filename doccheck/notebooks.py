"""Turn a page into its companion notebook: prose cells and snippet cells.

The page is the single source: its prose becomes Markdown cells (math kept as
written), each snippet it shows becomes a code cell holding the snippet file
and, as the cell's output, the snippet's recorded output. Material-only syntax
gets a plain Jupyter equivalent: an admonition or a collapsible block becomes
a bold title followed by its content, a content tab likewise, a snippet's
figure becomes the code cell's SVG output (also when the code sits in a
collapsible block and the figure right after it), and links to other pages
point at the site. Nobody edits the notebooks: `make notebooks` writes them all
(``notebook_files``). The page is read through the page model (``pages``),
the same one the page checks use.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from pathlib import Path

import nbformat

from .nav import notebook_path_for
from .pages import (
    Block,
    Container,
    Fence,
    Figure,
    IndentedCode,
    Page,
    Prose,
    snippets_preprocessor,
)
from .paths import DOCS_DIR, OUTPUT_SUFFIX, SNIPPETS_DIR
from .site import url_for
from .snippet import parse_directives
from .tracebacks import final_exception
from .versions import recorded_torch

GENERATED_BY = "make notebooks (tools/notebooks.py)"

_HEADING_ATTRS = re.compile(r"^(#{1,6} .*?)[ \t]*(\{[^{}]*\})[ \t]*$")
_ATTR_LINE = re.compile(r"^\{[ \t]*[.#:][^{}]*\}[ \t]*$")
_PAGE_LINK = re.compile(r"\]\((?P<target>[^)\s:]+?\.md)(?P<anchor>#[^)\s]*)?\)")
_FIGCAPTION = re.compile(r"<figcaption>(?P<text>.*?)</figcaption>", re.DOTALL)


class NotebookSourceError(Exception):
    """The page uses a construct the notebook generator cannot convert."""

    def __init__(self, page: str, line: int, message: str) -> None:
        super().__init__(f"{page}:{line}: {message}")


class _Converter:
    def __init__(self, root: Path, page: Page) -> None:
        self.root = root
        self.page = page.source
        self.notebook_url = url_for(notebook_path_for(page.source))
        self.cells: list[nbformat.NotebookNode] = []
        self.markdown: list[str] = []
        # (line, role) of every code block met, as the page model names it:
        # the tests compare it with what the page checks see.
        self.seen: list[tuple[int, str]] = []
        # The last code cell, while nothing but a block's end follows it and
        # it has no output yet: a figure placed right after the block that
        # holds its code (a long drawing program kept collapsed) is its output.
        self.open_code: tuple[nbformat.NotebookNode, str] | None = None
        # The .out files the page includes, and the snippets given a cell.
        self.outputs_shown = {
            include.path
            for include in page.includes
            if include.path.endswith(OUTPUT_SUFFIX)
        }
        self.cell_snippets: set[str] = set()

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
        if self.raises(snippet):
            cell.metadata["tags"] = ["raises-exception"]
        if output is not None:
            cell.outputs = [output]
        self.cells.append(cell)
        self.cell_snippets.add(snippet)

    # -- input -----------------------------------------------------------------

    def convert(self, blocks: list[Block], quote: str = "") -> None:
        """Convert blocks; ``quote`` prefixes their Markdown lines."""
        i = 0
        while i < len(blocks):
            block = blocks[i]
            if isinstance(block, Fence | IndentedCode):
                self.seen.append((block.line, block.role))
            if isinstance(block, Prose):
                if block.text.strip():
                    self.open_code = None
                if not _ATTR_LINE.match(block.text.strip()):
                    # (an attribute list such as { .annotate } is Material-only)
                    self.markdown.append(
                        quote + self.prose(block.text) if block.text else quote.rstrip()
                    )
            elif isinstance(block, Fence) and block.role == "code" and block.includes:
                i = self.code(blocks, i, quote)
                continue
            elif isinstance(block, Fence) and block.role == "output":
                raise NotebookSourceError(
                    self.page,
                    block.line,
                    "an output block must come right after the code block of "
                    "its snippet",
                )
            elif isinstance(block, Fence):
                self.markdown.extend(quote + text for _, text in block.source)
            elif isinstance(block, IndentedCode):
                self.markdown.extend(quote + text for _, text in block.body)
            elif isinstance(block, Figure) and self.open_code is not None:
                self.figure_after_block(block, quote)
            elif isinstance(block, Figure):
                raise NotebookSourceError(
                    self.page,
                    block.line,
                    "a figure must come right after the code block of the "
                    "snippet that draws it",
                )
            elif isinstance(block, Container):
                self.container(block, quote)
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

    def code(self, blocks: list[Block], start: int, quote: str) -> int:
        """A snippet's code block and the output or figure after it."""
        fence = blocks[start]
        if len(fence.includes) != 1:
            raise NotebookSourceError(
                self.page, fence.line, "a code block must show one snippet"
            )
        snippet = fence.includes[0].path
        after = start + 1
        while (
            after < len(blocks)
            and isinstance(blocks[after], Prose)
            and not blocks[after].text.strip()
        ):
            after += 1
        output, caption = None, None
        following = blocks[after] if after < len(blocks) else None
        if isinstance(following, Fence) and following.role == "output":
            self.seen.append((following.line, following.role))
            output = self.recorded_output(snippet, following)
        elif isinstance(following, Figure):
            output, caption = self.figure(snippet, following)
        else:
            after = start  # nothing of the snippet's follows: next is next
        repeat = fence.includes[0].section is not None or snippet in self.cell_snippets
        if output is None and repeat and self.runs_elsewhere(snippet):
            self.show_without_running(fence, quote)
            return start + 1
        self.add_code(snippet, output)
        self.open_code = (self.cells[-1], snippet) if output is None else None
        if caption:
            self.markdown += [quote + f"*{caption}*", quote.rstrip()]
        return after + 1

    def runs_elsewhere(self, snippet: str) -> bool:
        """Does the page show this file's output with another of its blocks?"""
        return snippet.removesuffix(".py") + OUTPUT_SUFFIX in self.outputs_shown

    def show_without_running(self, fence: Fence, quote: str) -> None:
        """A second view of a file another cell runs: never a code cell.

        Every code cell carries the output its code prints, and the cell that
        runs this file is the one next to its output. A view of one section
        (say, the method an exercise adds) stays as Markdown code showing that
        section, as on the page; a repeat of the whole file is dropped, since
        a cell holds the whole file already.
        """
        include = fence.includes[0]
        if include.section is None:
            return
        shown = snippets_preprocessor(self.root).run([f'--8<-- "{include.target}"'])
        self.markdown += [quote + fence.source[0][1].strip()]
        self.markdown += [quote + line for line in shown]
        self.markdown += [quote + fence.fence]

    def figure_after_block(self, block: Figure, quote: str) -> None:
        """A figure right after the collapsed block holding its code."""
        cell, snippet = self.open_code
        self.open_code = None
        output, caption = self.figure(snippet, block)
        cell.outputs = [output]
        self.flush()
        if caption:
            self.markdown += [quote + f"*{caption}*", quote.rstrip()]

    def recorded_output(self, snippet: str, block: Fence) -> nbformat.NotebookNode:
        out = self.expect_output(block, snippet)
        recorded = self.snippet_text(out)
        if self.raises(snippet):
            return _error_output(recorded)
        return nbformat.v4.new_output("stream", name="stdout", text=recorded)

    def figure(self, snippet: str, block: Figure):
        out = self.expect_output(block, snippet)
        # A figure snippet ends with sys.displayhook(SVG(markup)): python
        # prints the markup and a newline, a kernel shows the picture as the
        # cell's result, with the markup as its plain-text form.
        svg = self.snippet_text(out).removesuffix("\n")
        output = nbformat.v4.new_output(
            "execute_result", data={"image/svg+xml": svg, "text/plain": svg}
        )
        caption = _FIGCAPTION.search("\n".join(text for _, text in block.lines))
        return output, " ".join(caption.group("text").split()) if caption else None

    def expect_output(self, block: Fence | Figure, snippet: str) -> str:
        out = snippet.removesuffix(".py") + OUTPUT_SUFFIX
        if [include.path for include in block.includes] != [out]:
            raise NotebookSourceError(
                self.page,
                block.line,
                f"expected the output of this snippet ({out}) here",
            )
        return out

    def snippet_text(self, rel: str) -> str:
        return (self.root / SNIPPETS_DIR / rel).read_text(encoding="utf-8")

    def raises(self, snippet: str) -> bool:
        text = self.snippet_text(snippet)
        return parse_directives(text, Path(SNIPPETS_DIR) / snippet)[0] is not None

    def container(self, block: Container, quote: str) -> None:
        """An admonition, collapsible block or content tab and its body."""
        title = _notebook_math(block.shown_title)  # "Pick \(k\) near \(\sqrt{L}\)"
        self.open_code = None
        before = (len(self.markdown), len(self.cells))
        if block.is_tab:
            self.markdown += [quote + f"**{title}**", quote.rstrip()]
            self.convert(block.blocks, quote)
        else:
            self.markdown += [quote + f"> **{title}**", quote + ">"]
            self.convert(block.blocks, quote + "> ")
        if len(self.cells) == before[1] and not any(
            line.strip(" >") for line in self.markdown[before[0] + 1 :]
        ):
            del self.markdown[before[0] :]  # its only content was not for notebooks
            return
        self.markdown.append(quote.rstrip())


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


def _error_output(recorded: str) -> nbformat.NotebookNode:
    name, value = final_exception(recorded) or ("Exception", "")
    return nbformat.v4.new_output(
        "error",
        ename=name,
        evalue=value,
        traceback=recorded.rstrip("\n").split("\n"),
    )


def _convert(root: Path, page: str) -> _Converter:
    model = Page.read(root, Path(DOCS_DIR) / page)
    heading = next(
        (
            i
            for i, block in enumerate(model.blocks)
            if isinstance(block, Prose) and block.text.startswith("# ")
        ),
        None,
    )
    if heading is None:
        raise NotebookSourceError(page, 1, "the page needs a '# Title' line")
    title = model.blocks[heading].text[2:].strip()
    converter = _Converter(root, model)
    back = posixpath.relpath(url_for(page) or ".", converter.notebook_url)
    converter.markdown += [
        f"# {title}",
        "",
        f"This notebook is the page [{title}]({back}/) of *Gradients with "
        "PyTorch*, as cells you can run. Every output below is the one recorded "
        f"from the same code with torch {recorded_torch(root)}; run the cells "
        "from top to bottom to see them again.",
        "",
    ]
    converter.convert(model.blocks[heading + 1 :])
    converter.flush()
    return converter


def code_block_roles(root: Path, page: str) -> list[tuple[int, str]]:
    """(line, role) of each code block the generator met on ``docs/<page>``,
    named as the page model names them (see pages.Fence.role)."""
    return sorted(_convert(root, page).seen)


def page_to_notebook(root: Path, page: str) -> nbformat.NotebookNode:
    """The companion notebook of ``docs/<page>``, ready to be written."""
    converter = _convert(root, page)
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
