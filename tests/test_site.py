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
import tinycss2

from doccheck.nav import notebook_path_for, pages_with_notebooks
from doccheck.site import url_for
from doccheck.versions import recorded_torch

# A <link> whose rels are all in this set names a page to go to, not something
# to load (canonical, next, prev...): its href is checked as a page link, like
# an <a href>. Any other <link> counts as loaded, as the browser fetches (or
# may fetch) it: stylesheet ("alternate stylesheet" too), icon, shortcut icon,
# apple-touch-icon, manifest, preload, modulepreload, prefetch... and any rel
# unknown here, so that a new one cannot slip a resource past the checks below.
_NAVIGATION_RELS = {
    "alternate",
    "author",
    "bookmark",
    "canonical",
    "contents",
    "external",
    "first",
    "help",
    "index",
    "last",
    "license",
    "next",
    "nofollow",
    "noopener",
    "noreferrer",
    "prev",
    "previous",
    "search",
    "start",
    "up",
}
# An absolute URL written in script text (``https://host/x``, or ``//host/x``
# with a dotted host name, so that a ``//comment`` is not one), up to the
# quote, space or bracket that ends the string holding it.
_ABSOLUTE_URL = re.compile(
    r"""\b[a-z][a-z0-9+.-]*://[^\s"'`()<>\\]+"""
    r"""|//(?:[a-z0-9-]+\.)+[a-z0-9-]+[^\s"'`()<>\\]*""",
    re.I,
)
# Schemes that load nothing over the network.
_NO_NETWORK_SCHEMES = {"data", "blob", "about", "javascript"}


def _clean(url: str) -> str:
    """``url`` as the browser's URL parser reads it: surrounding whitespace
    dropped, tabs and newlines inside removed, and a backslash taken for a
    slash (``/\\host/x`` is loaded from ``host``)."""
    return re.sub(r"[\t\n\r]", "", url.strip()).replace("\\", "/")


def _scheme(url: str) -> str | None:
    match = re.match(r"([a-z][a-z0-9+.-]*):", url, re.IGNORECASE)
    return match.group(1).lower() if match else None


def _from_another_host(url: str) -> bool:
    """True for ``https://...``, ``//host/...`` and any other scheme that
    fetches (``ftp:`` ...); not for ``data:`` and the like, nor a local path."""
    url = _clean(url)
    scheme = _scheme(url)
    return url.startswith("//") or (
        scheme is not None and scheme not in _NO_NETWORK_SCHEMES
    )


def _is_local_file(url: str) -> bool:
    """True for a path in the site: not empty, no scheme, not ``//host``, not
    only a fragment (``url(#clip)`` names an element of the same document)."""
    url = _clean(url)
    return bool(url) and not (url.startswith(("#", "//")) or _scheme(url) is not None)


_SRCSET_CANDIDATE = re.compile(r"[\s,]*(\S*)")


def _srcset_urls(srcset: str) -> list[str]:
    """The URLs of a ``srcset`` (``a.png 1x, b.png 2x``), read as the HTML
    standard does: a candidate's URL runs to the next whitespace (a ``data:``
    URL may contain commas), its descriptors to the next comma."""
    urls = []
    position = 0
    while True:
        candidate = _SRCSET_CANDIDATE.match(srcset, position)
        url = candidate.group(1)
        if not url:
            return urls
        position = candidate.end()
        if url.endswith(","):
            url = url.rstrip(",")  # no descriptors
        else:  # skip the descriptors ("2x", "640w") up to the next comma
            comma = srcset.find(",", position)
            position = len(srcset) if comma < 0 else comma + 1
        urls.append(url)


# CSS is read with tinycss2 (pinned in requirements.txt), which tokenises as
# CSS Syntax Level 3 says, as browsers do: comments, strings, escapes and
# url( x ) versus url("x") need no regular expressions here.


def _css_urls(nodes: list) -> list[tuple[str, str]]:
    """(what, url) for every URL that the CSS component values ``nodes``
    load: ``url(x)`` (a url token), ``url("x")`` and ``src("x")`` (functions
    with a string), and the bare strings of ``image-set()``, inside blocks
    and functions at any depth (``@media``, ``@font-face``...)."""
    found = []
    for node in nodes:
        if node.type == "url":  # url(x), unquoted
            found.append(("url()", node.value))
        elif node.type == "function":
            strings = [arg.value for arg in node.arguments if arg.type == "string"]
            if node.lower_name in ("url", "src"):  # url("x"), src("x")
                found += [(f"{node.lower_name}()", url) for url in strings[:1]]
            elif node.lower_name in ("image-set", "-webkit-image-set"):
                found += [(f"{node.lower_name}()", url) for url in strings]
            found += _css_urls(node.arguments)
        elif getattr(node, "content", None) is not None:  # (...) [...] {...}
            found += _css_urls(node.content)
    return found


def _css_references(css: str) -> list[tuple[str, str]]:
    """(what, url) for every ``@import`` and ``url(...)`` of a style sheet."""
    found = []
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True):
        if rule.type == "at-rule" and rule.lower_at_keyword == "namespace":
            continue  # @namespace url(http://www.w3.org/...) only names
        if rule.type == "at-rule" and rule.lower_at_keyword == "import":
            # @import "x.css" ...; (a bare string) or @import url(x.css) ...;
            first = [t for t in rule.prelude if t.type != "whitespace"][:1]
            if first and first[0].type == "string":
                found.append(("@import", first[0].value))
            else:
                found += [("@import", url) for _, url in _css_urls(first)]
            continue
        if rule.type in ("at-rule", "qualified-rule"):
            found += _css_urls(rule.prelude)
            found += _css_urls(rule.content or [])
    return found


@cache
def _css_file_references(path: Path) -> list[tuple[str, str]]:
    return _css_references(path.read_text(encoding="utf-8"))


class _Collector(HTMLParser):
    """Element ids, links and loaded resources of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.resources: list[tuple[str, str]] = []  # (what, url)
        self._style: list[str] | None = None  # the text of an open <style>
        self._script: list[str] | None = None  # the text of an open inline <script>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for name in ("id", "name"):
            if values.get(name):
                self.ids.add(values[name])
        if tag == "a" and "href" in values:
            self.links.append(values["href"])
        if tag == "link" and "href" in values:
            rels = set(values.get("rel", "").lower().split())
            if rels and rels <= _NAVIGATION_RELS:
                self.links.append(values["href"])
            else:
                what = f'<link rel="{values.get("rel", "")}" href>'
                self.resources.append((what, values["href"]))
        if "src" in values:
            self.resources.append((f"<{tag} src>", values["src"]))
        for name in ("srcset", "imagesrcset"):  # <img>, <source>; <link>
            for url in _srcset_urls(values.get(name, "")):
                self.resources.append((f"<{tag} {name}>", url))
        if tag == "video" and "poster" in values:
            self.resources.append(("<video poster>", values["poster"]))
        if tag == "object" and "data" in values:
            self.resources.append(("<object data>", values["data"]))
        if tag == "image":  # SVG
            for name in ("href", "xlink:href"):
                if name in values:
                    self.resources.append((f"<image {name}>", values[name]))
        if values.get("style"):  # style="background: url(...)"
            style = tinycss2.parse_component_value_list(values["style"])
            for what, url in _css_urls(style):
                self.resources.append((f"<{tag} style> {what}", url))
        if tag == "style":
            self._style = []
        if tag == "script" and "src" not in values:
            self._script = []

    def handle_data(self, data: str) -> None:
        if self._style is not None:
            self._style.append(data)
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            # An inline script that names an absolute URL may load it
            # (fetch, import(), a script it adds), now or when the page has
            # something it waits for: it counts as loaded. Relative URLs in
            # script text cannot be told from other strings, so only
            # absolute ones are read.
            for url in _ABSOLUTE_URL.findall("".join(self._script)):
                self.resources.append(("<script> text", url))
            self._script = None
        if tag == "style" and self._style is not None:
            for what, url in _css_references("".join(self._style)):
                self.resources.append((f"<style> {what}", url))
            self._style = None


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


def test_the_site_publishes_no_build_file(built_site: Path):
    # Every file under overrides/ (the theme's custom_dir) is published:
    # build-time templates and scripts belong in hooks/.
    found = [
        str(path.relative_to(built_site))
        for pattern in ("*.j2", "*.py", "*.cjs")
        for path in built_site.rglob(pattern)
    ]
    assert not found, f"build files published with the site: {found}"


def test_math_is_typeset_into_the_pages(built_site: Path):
    # hooks/math.py: SVG in the HTML and MathJax's stylesheet, no MathJax runtime.
    assert (built_site / "assets/stylesheets/mathjax-svg.css").is_file()
    assert not list(built_site.rglob("*mathjax*.js"))
    assert "<mjx-container" in (built_site / "basics/chain-rule/index.html").read_text()


def test_no_search_word_holds_a_digit(built_site: Path):
    # The search splits words with the separator in mkdocs.yml (see the
    # comment there): a digit inside a word can make lunr.js's word automaton
    # merge two different states, and then a query fails outright.
    index = json.loads((built_site / "search/search_index.json").read_text())
    separator = re.compile(index["config"]["separator"])
    with_digits = sorted(
        {
            word
            for doc in index["docs"]
            for field in ("title", "text")
            for word in separator.split(re.sub(r"<[^>]*>", " ", doc[field]))
            if re.search(r"[0-9]", word)
        }
    )
    assert not with_digits, (
        f"{len(with_digits)} search words hold a digit, e.g. {with_digits[:5]}: "
        "keep \\d in the search separator of mkdocs.yml"
    )


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


def _loaded(site: Path) -> list[tuple[Path, str, str]]:
    """(file, what, url) for everything the site's pages and style sheets
    load: the resources of every HTML page and the ``@import`` and
    ``url(...)`` references of every CSS file (a URL in a CSS file is
    relative to that file's folder, as _target reads it)."""
    return [
        *(
            (page, what, url)
            for page in _html_pages(site)
            for what, url in _parse(page).resources
        ),
        *(
            (sheet, what, url)
            for sheet in sorted(site.rglob("*.css"))
            for what, url in _css_file_references(sheet)
        ),
    ]


def test_no_page_loads_anything_from_another_host(built_site: Path):
    problems = [
        f"{where.relative_to(built_site)}: {what} {url}"
        for where, what, url in _loaded(built_site)
        if _from_another_host(url)
    ]
    if problems:
        pytest.fail(
            "Loaded from another host (the site must work offline):\n  "
            + "\n  ".join(problems)
            + "\nPut a copy of the file under docs/ and refer to it by a relative "
            "path, or remove the reference (a theme setting in mkdocs.yml, an "
            "overrides/ template, a page or a style sheet in docs/stylesheets/).",
            pytrace=False,
        )


def test_every_local_resource_exists(built_site: Path):
    loaded = _loaded(built_site)
    problems = [
        f"{where.relative_to(built_site)}: {what} {url} is missing"
        for where, what, url in loaded
        if _is_local_file(url) and not _target(built_site, where, _clean(url)).exists()
    ] + [
        # <script src=""> fetches nothing; an empty href or url() the page itself.
        f"{where.relative_to(built_site)}: {what} is empty"
        for where, what, url in loaded
        if not _clean(url)
    ]
    if problems:
        pytest.fail(
            "\n  ".join(["Missing files:", *problems])
            + "\nAdd the file under docs/ (a path is relative to the page or "
            "style sheet that names it) or correct the reference: in mkdocs.yml "
            "(theme.favicon, theme.logo, extra_css...), an overrides/ template, a "
            "page or a style sheet in docs/stylesheets/.",
            pytrace=False,
        )


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
