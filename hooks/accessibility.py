"""Names and keyboard access that WCAG asks for, missing from generated HTML.

- pymdownx.tasklist (on pages) and nbconvert (in notebooks) write
  ``- [x] ...`` as a disabled checkbox with no label text, which screen
  readers announce as an unnamed checkbox. Each one gets an aria-label
  saying its state; the item's text follows it in reading order.
- A notebook's code cell is a <pre> that scrolls sideways when a line is
  long, which a keyboard cannot do unless it can focus it: each gets
  tabindex="0", as Material gives its own code blocks.
- What nbconvert's HTML exporter itself adds to a notebook page: tabindex="0"
  on each cell's input and on each output inside the notebook, and a
  placeholder alt text on an image that has none. nbconvert does it by
  parsing the whole page with BeautifulSoup and writing it out again, which
  was a fifth of a cold build; ``on_config`` turns that pass into a no-op
  (``_AsRendered``) and this hook adds the same attributes in the parse it
  makes anyway. tests/test_accessibility.py checks, notebook by notebook,
  that the page comes out the same as with nbconvert's pass.

The page's HTML is read with Python's HTML parser; only those start tags
change. The result is kept per page (hooks/page_cache.py), so a rebuild
parses only the pages whose HTML changed.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import nbconvert.exporters.html
import page_html
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from page_cache import PageCache

from doccheck.paths import ROOT

_cache = PageCache(ROOT / ".cache" / "accessibility", Path(__file__))
# nbconvert's words, so a page reads as it did with nbconvert's own pass.
NO_ALT = "No description has been provided for this image"


class MissingAttributes(page_html.OffsetParser):
    """Offsets just after ``<input`` of each unnamed task-list checkbox, and
    just after ``<pre`` of each notebook code cell, with what to insert."""

    # A <pre> holds only text and phrasing markup (the highlighter's spans),
    # and a typeset formula only SVG and MathML: the parser skips to their
    # end tag as it does for <script>. Code is most of a page's tags.
    # (hooks/math.py now puts its formulas in after this hook has run, in
    # on_env; the skip stays for a page whose math is typeset already.)
    CDATA_CONTENT_ELEMENTS = (
        *HTMLParser.CDATA_CONTENT_ELEMENTS,
        "pre",
        "mjx-container",
    )

    def __init__(self, source: str) -> None:
        super().__init__(source)
        self.items: list[bool] = []  # open <li>s: is each a task-list item?
        self.in_notebook_code = False  # just inside nbconvert's code <div>
        self.divs: list[bool] = []  # open <div>s: is each a .jp-Notebook?
        self.found: list[tuple[int, str]] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        start = self.position()
        classes = (attributes.get("class") or "").split()
        if tag == "div":
            self.in_notebook_code = "highlight-ipynb" in classes
            # nbconvert's selectors: .jp-Notebook div.jp-Cell-inputWrapper,
            # .jp-Notebook div.jp-OutputArea-output.
            if (
                any(self.divs)
                and {"jp-Cell-inputWrapper", "jp-OutputArea-output"} & set(classes)
                and "tabindex" not in attributes
            ):
                self.found.append((start + len("<div"), ' tabindex="0"'))
            self.divs.append("jp-Notebook" in classes)
        elif tag == "img" and "alt" not in attributes and any(self.divs):
            self.found.append((start + len("<img"), f' alt="{NO_ALT}"'))
        elif tag == "pre" and self.in_notebook_code and "tabindex" not in attributes:
            self.found.append((start + len("<pre"), ' tabindex="0"'))
            self.in_notebook_code = False
        if tag == "li":
            self.items.append(
                "task-list-item" in (attributes.get("class") or "").split()
            )
        elif (
            tag == "input"
            and any(self.items)
            and attributes.get("type") == "checkbox"
            and "aria-label" not in attributes
        ):
            label = "done" if "checked" in attributes else "not done"
            self.found.append((start + len("<input"), f' aria-label="{label}"'))

    def handle_endtag(self, tag):
        if tag == "li" and self.items:
            self.items.pop()
        elif tag == "div" and self.divs:
            self.divs.pop()


class _AsRendered:
    """Stands in for BeautifulSoup in nbconvert's HTML exporter: selects
    nothing and gives back the HTML as the template rendered it."""

    def __init__(self, markup: str, features: str | None = None) -> None:
        self.markup = markup

    def select(self, selector: str) -> list:
        return []

    def __str__(self) -> str:
        return self.markup


def on_config(config: MkDocsConfig) -> None:
    # nbconvert has no setting for its pass; the name it calls is replaced.
    nbconvert.exporters.html.BeautifulSoup = _AsRendered


def add_missing_attributes(source: str) -> str:
    for at, attribute in reversed(MissingAttributes(source).found):
        source = source[:at] + attribute + source[at:]
    return source


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files):
    kept = _cache.get(page.file.src_uri, html)
    if kept is not None:
        return kept["html"]
    result = add_missing_attributes(html)
    _cache.put(page.file.src_uri, html, html=result)
    return result
