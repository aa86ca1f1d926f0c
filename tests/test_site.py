"""The built site: strict build, nothing from other hosts, no broken links.

MkDocs' own validation checks the links it sees in Markdown; the checks on
the built HTML below also cover what it does not see (notebook pages, theme
templates, links written as raw HTML).
"""

from __future__ import annotations

import json
import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from doccheck.nav import notebook_path_for, pages_with_notebooks
from doccheck.site import url_for
from doccheck.versions import recorded_torch


class _Collector(HTMLParser):
    """Element ids, links and loaded resources of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.resources: list[tuple[str, str]] = []  # (what, url)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for name in ("id", "name"):
            if values.get(name):
                self.ids.add(values[name])
        if tag == "a" and "href" in values:
            self.links.append(values["href"])
        if "src" in values:
            self.resources.append((f"<{tag} src>", values["src"]))
        if tag == "link" and "stylesheet" in values.get("rel", "").split():
            self.resources.append(
                ("<link rel=stylesheet href>", values.get("href", ""))
            )


@cache
def _parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def _html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def _target(site: Path, page: Path, url: str) -> Path:
    """The file a relative URL on ``page`` points at."""
    path = unquote(urlsplit(url).path)
    if path.startswith("/"):  # root-relative, as on 404.html
        target = site / path.lstrip("/")
    else:
        target = (page.parent / path).resolve() if path else page
    if target.is_dir() or path.endswith("/"):
        target = target / "index.html"
    return target


def test_strict_build_succeeds(built_site: Path):
    # The fixture fails with MkDocs' own messages if the build does not pass.
    assert (built_site / "index.html").is_file()
    assert (built_site / "search" / "search_index.json").is_file()


def test_the_site_names_the_recorded_torch(built_site: Path):
    # hooks/versions.py fills mkdocs.yml's {torch_version} from the stamp.
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert "{torch_version}" not in html
    assert f"torch {recorded_torch()}" in html


def test_the_nav_lists_every_notebook(built_site: Path):
    # hooks/notebooks.py adds them: mkdocs.yml lists pages only.
    html = (built_site / "index.html").read_text(encoding="utf-8")
    missing = [
        notebook_path_for(page)
        for page in pages_with_notebooks()
        if f'href="{url_for(notebook_path_for(page))}"' not in html
    ]
    assert not missing, f"not in the nav: {missing}"


def test_math_is_typeset_into_the_pages(built_site: Path):
    # hooks/math.py: SVG in the HTML and MathJax's stylesheet, no MathJax runtime.
    assert (built_site / "assets/stylesheets/mathjax-svg.css").is_file()
    assert not list(built_site.rglob("*mathjax*.js"))
    assert "<mjx-container" in (built_site / "basics/chain-rule/index.html").read_text()


def test_search_indexes_the_typeset_math_not_its_tex(built_site: Path):
    # hooks/math.py puts the math into the pages between MkDocs' two passes
    # (on_env), before Material's search reads them (on_page_context): the
    # index holds MathJax's assistive MathML text, never arithmatex's TeX.
    index = json.loads((built_site / "search/search_index.json").read_text())
    with_tex = [
        doc["location"]
        for doc in index["docs"]
        if "arithmatex" in doc["text"] or "\\(" in doc["text"]
    ]
    assert not with_tex, f"TeX in the search index at {with_tex[:5]}"
    # The formula y_i = 3x_i + 2 of the chain-rule page, as MathML text.
    assert any("yi=3xi+2" in doc["text"] for doc in index["docs"])


def test_no_page_loads_anything_from_another_host(built_site: Path):
    problems = []
    for page in _html_pages(built_site):
        for what, url in _parse(page).resources:
            if re.match(r"(?i)^(https?:)?//", url):
                problems.append(f"{page.relative_to(built_site)}: {what} {url}")
    if problems:
        pytest.fail(
            "Loaded from another host:\n  " + "\n  ".join(problems), pytrace=False
        )


def test_every_local_resource_exists(built_site: Path):
    problems = []
    for page in _html_pages(built_site):
        for what, url in _parse(page).resources:
            if not url or re.match(r"(?i)^([a-z]+:|//)", url):
                continue
            if not _target(built_site, page, url).exists():
                problems.append(
                    f"{page.relative_to(built_site)}: {what} {url} is missing"
                )
    if problems:
        pytest.fail("\n  ".join(["Missing files:", *problems]), pytrace=False)


def test_every_internal_link_and_anchor_resolves(built_site: Path):
    problems = []
    for page in _html_pages(built_site):
        for href in _parse(page).links:
            if not href or re.match(r"(?i)^([a-z][a-z0-9+.-]*:|//)", href):
                continue  # external, mailto:, javascript: ...
            target = _target(built_site, page, href)
            where = f"{page.relative_to(built_site)}: link {href!r}"
            if not target.exists():
                problems.append(f"{where} points at a missing page")
                continue
            fragment = unquote(urlsplit(href).fragment)
            if (
                fragment
                and target.suffix == ".html"
                and fragment not in _parse(target).ids
            ):
                hint = ""
                if page.relative_to(built_site).parts[0] == "notebooks":
                    hint = (
                        " (mkdocs-jupyter drops inline code when it builds a "
                        "notebook's table of contents: reword a page heading or "
                        "list item made only of code)"
                    )
                problems.append(f"{where}: no element with id {fragment!r} there{hint}")
    if problems:
        pytest.fail("Broken links:\n  " + "\n  ".join(problems), pytrace=False)
