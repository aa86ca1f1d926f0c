"""Give task-list checkboxes the accessible name WCAG asks of every input.

pymdownx.tasklist (on pages) and nbconvert (in notebooks) write
``- [x] ...`` as a disabled checkbox with no label text, which screen
readers announce as an unnamed checkbox. Each one gets an aria-label
saying its state; the item's text follows it in reading order.

The page's HTML is read with Python's HTML parser; only the start tags of
those checkboxes change.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page


class TaskCheckboxes(HTMLParser):
    """Offsets just after ``<input`` of each unnamed task-list checkbox, and
    whether it is checked."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.items: list[bool] = []  # open <li>s: is each a task-list item?
        self.found: list[tuple[int, bool]] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
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
            line, column = self.getpos()
            start = self.line_starts[line - 1] + column
            self.found.append((start + len("<input"), "checked" in attributes))

    def handle_endtag(self, tag):
        if tag == "li" and self.items:
            self.items.pop()


def label_task_checkboxes(source: str) -> str:
    for at, checked in reversed(TaskCheckboxes(source).found):
        label = "done" if checked else "not done"
        source = f'{source[:at]} aria-label="{label}"{source[at:]}'
    return source


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files):
    return label_task_checkboxes(html)
