"""Typeset every formula with MathJax while the site is built.

Pages carry their math as SVG (with MathJax's assistive MathML for screen
readers), so the reader's browser loads no MathJax and shows the math with
the page's first paint, JavaScript or not.

One Node process (hooks/typeset.cjs, MathJax from node_modules, pinned in
package.json) serves the whole build, asked once per page for all of the
page's formulas. It works beside the build: each page's formulas are sent
as the page is converted (``on_page_content``, after every other handler of
that event), and the answers are put into the pages between MkDocs' two
passes over them (``on_env``, before any page is indexed for search or
rendered into its template), so Python converts the next pages while Node
typesets, on another core. Each formula's SVG is cached in .cache/math/, keyed by the
TeX, its display mode, the MathJax version, its settings and typeset.cjs, so
a rebuild typesets only new formulas; and each page's result is kept in
.cache/math/pages/ (hooks/page_cache.py), so a rebuild reads again only the
pages whose HTML changed.

What is math is decided by the tools that already parsed the Markdown, never
by a pattern over Markdown: pymdownx.arithmatex (generic mode) wraps page
math in <span class="arithmatex">\\(...\\)</span> and
<div class="arithmatex">\\[...\\]</div>; in a notebook's Markdown cells,
nbconvert leaves $...$ and $$...$$ in the text, where MathJax's own finder
(the one the browser ran before) picks them out. The HTML is read with
Python's HTML parser, and only those spans of it are replaced.
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import html
import json
import logging
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from html.parser import HTMLParser
from pathlib import Path

import page_html
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from page_cache import PageCache, write_whole

from doccheck.paths import ROOT

TYPESETTER = ROOT / "hooks" / "typeset.cjs"
CACHE_DIR = ROOT / ".cache" / "math"
log = logging.getLogger("mkdocs.hooks.math")
STYLESHEET = "assets/stylesheets/mathjax-svg.css"
# Where a notebook's Markdown cell keeps its text (nbconvert's lab template).
NOTEBOOK_MARKDOWN = "jp-RenderedMarkdown"
# Notebook text that cannot hold math: code and what the browser never shows.
NOT_MATH = {"code", "pre", "script", "style", "textarea"}


class MathJax:
    """The build's one MathJax process, spoken to in JSON lines, started
    when a formula is to be typeset: a rebuild that finds every page in
    the cache starts none."""

    def __init__(self) -> None:
        if shutil.which("node") is None:
            raise PluginError("Node is needed to typeset the math: install Node.js.")
        installed = ROOT / "node_modules" / "mathjax-full" / "package.json"
        if not installed.is_file():
            raise PluginError(
                "MathJax is not installed (node_modules/mathjax-full is missing). "
                "Run `make setup` (or `npm ci`) in the repository root."
            )
        started = time.perf_counter()
        self.process: subprocess.Popen | None = None
        self._lock = threading.Lock()
        # Formulas asked for in this build: the request's answer and where
        # in it; and those already written to the cache.
        self._asked: dict[tuple[str, bool], tuple[Future, int]] = {}
        self._written: set[tuple[str, bool]] = set()
        typesetter = hashlib.sha256(TYPESETTER.read_bytes()).hexdigest()
        # MathJax's version, settings and stylesheet are the typesetter's
        # answer to "config", which only it and MathJax's code shape.
        installed = hashlib.sha256(installed.read_bytes()).hexdigest()
        kept = CACHE_DIR / "config" / f"{typesetter}-{installed}.json"
        try:
            config = json.loads(kept.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            config = self.ask(op="config")
            write_whole(kept, json.dumps(config))
        self.css = config["css"]
        self.key = json.dumps(
            {
                "mathjax": config["version"],
                "settings": config["settings"],
                "typesetter": typesetter,
            },
            sort_keys=True,
        )
        self.pages = PageCache(CACHE_DIR / "pages", self.key, Path(__file__))
        self.typeset_count = 0  # formulas typeset by this process, not cached
        self.formula_count = 0
        # Starting MathJax, then the time each page spends in this hook.
        self.seconds = time.perf_counter() - started

    def send(self, **request) -> Future:
        """Send a request; its answer comes later, in the Future. Node answers
        in order, read by a thread of its own, so requests can queue up
        while this process goes on."""
        if self.process is None:
            self.process = subprocess.Popen(
                ["node", str(TYPESETTER)],
                cwd=ROOT,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                encoding="utf-8",
            )
            self._stopped = None
            self._waiting = collections.deque()
            self._reader = threading.Thread(
                target=self._read,
                args=(self.process, self._waiting),
                name="mathjax",
                daemon=True,
            )
            self._reader.start()
        answer: Future = Future()
        with self._lock:
            if self._stopped is not None:
                raise PluginError(self._stopped)
            self._waiting.append(answer)
        try:
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
        except BrokenPipeError:
            pass  # the reader sees the end and fails every waiting answer
        return answer

    def _read(self, process: subprocess.Popen, waiting: collections.deque) -> None:
        for line in process.stdout:
            waiting.popleft().set_result(json.loads(line))
        with self._lock:
            self._stopped = f"{TYPESETTER.name} stopped (exit code {process.wait()})"
            while waiting:
                waiting.popleft().set_exception(PluginError(self._stopped))

    def ask(self, **request):
        return self.send(**request).result()

    def close(self) -> None:
        if self.process is not None:
            with contextlib.suppress(BrokenPipeError):
                self.process.stdin.close()
            self.process.wait(timeout=10)
            self._reader.join(timeout=10)
            self.process = None

    def cached(self, tex: str, display: bool) -> Path:
        digest = hashlib.sha256(
            json.dumps([self.key, tex, display]).encode("utf-8")
        ).hexdigest()
        return CACHE_DIR / digest[:2] / f"{digest}.json"

    def request_svgs(
        self, formulas: list[tuple[str, bool]]
    ) -> Callable[[str], list[dict]]:
        """Ask for the formulas not in the cache and not asked for yet, all in
        one request; return what waits for them (given the page, for errors)."""
        answers: dict[tuple[str, bool], dict] = {}
        new = []
        for formula in dict.fromkeys(formulas):
            if formula in self._asked:
                continue
            cached = self.cached(*formula)
            if cached.is_file():
                answers[formula] = json.loads(cached.read_text(encoding="utf-8"))
            else:
                new.append(formula)
        if new:
            request = self.send(
                op="tex", formulas=[{"tex": t, "display": d} for t, d in new]
            )
            for index, formula in enumerate(new):
                self._asked[formula] = (request, index)

        def result(where: str) -> list[dict]:
            for formula in formulas:
                if formula in answers:
                    continue
                request, index = self._asked[formula]
                answer = request.result()["results"][index]
                tex, display = formula
                if "error" in answer:
                    delimiters = ("\\[", "\\]") if display else ("\\(", "\\)")
                    raise PluginError(
                        f"{where}: MathJax cannot typeset "
                        f"{delimiters[0]}{tex}{delimiters[1]}: {answer['error']}"
                    )
                if formula not in self._written:
                    self.typeset_count += 1
                    write_whole(self.cached(tex, display), json.dumps(answer))
                    self._written.add(formula)
                answers[formula] = answer
            return [answers[formula] for formula in formulas]

        return result

    def find(self, texts: list[str]) -> list[list[str | dict]]:
        """Each text cut into text and math, as MathJax's finder cuts it."""
        return self.request_find(texts)()

    def request_find(self, texts: list[str]) -> Callable[[], list[list[str | dict]]]:
        if not texts:
            return list
        request = self.send(op="find", texts=texts)
        return lambda: request.result()["pieces"]


class MathLocator(page_html.OffsetParser):
    """Where the math is in a page's HTML, as (start, end) offsets.

    ``elements``: arithmatex's own elements, with their TeX as written.
    ``texts``: text of notebook Markdown cells outside code, which may hold
    $-delimited math.
    """

    # A <pre> holds no math (code, see NOT_MATH) and only phrasing markup
    # (the highlighter's spans): the parser skips to its </pre> as it does
    # for <script>. Code is most of a page's tags.
    CDATA_CONTENT_ELEMENTS = (*HTMLParser.CDATA_CONTENT_ELEMENTS, "pre")

    def __init__(self, source: str) -> None:
        super().__init__(source)
        self.elements: list[tuple[int, int]] = []  # content of each
        self.texts: list[tuple[int, int]] = []
        self.open_math: tuple[str, int, int] | None = None
        self.markdown_depth = 0  # open <div>s since a notebook Markdown cell
        self.not_math_depth = 0
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        start = self.position()
        if tag in ("span", "div") and "arithmatex" in classes:
            self.open_math = (tag, start, start + len(self.get_starttag_text()))
        if tag == "div":
            if self.markdown_depth or NOTEBOOK_MARKDOWN in classes:
                self.markdown_depth += 1
        elif tag in NOT_MATH and self.markdown_depth:
            self.not_math_depth += 1

    def handle_endtag(self, tag):
        start = self.position()
        if self.open_math and tag == self.open_math[0]:
            content_start = self.open_math[2]
            self.elements.append((content_start, start))
            self.open_math = None
        if tag == "div" and self.markdown_depth:
            self.markdown_depth -= 1
        elif tag in NOT_MATH and self.not_math_depth:
            self.not_math_depth -= 1

    def handle_data(self, data):
        if self.markdown_depth and not self.not_math_depth and not self.open_math:
            start = self.position()
            end = self.source.find("<", start)
            self.texts.append((start, len(self.source) if end < 0 else end))


def arithmatex_tex(content: str) -> tuple[str, bool]:
    """TeX and display mode of an arithmatex element's text."""
    text = html.unescape(content).strip()
    for opening, closing, display in (("\\(", "\\)", False), ("\\[", "\\]", True)):
        if text.startswith(opening) and text.endswith(closing):
            return text[len(opening) : -len(closing)], display
    # A bare \begin{align}...\end{align} block: display math as written.
    return text, True


def typeset_page(source: str, mathjax: MathJax, where: str) -> tuple[str, int]:
    """The page's HTML with every formula typeset, and how many there were."""
    return start_page(source, mathjax, where).finish()


class PageMath:
    """One page's typesetting, begun: its formulas are asked for, and
    ``finish`` waits for them and puts them in the page."""

    def __init__(self, source: str, mathjax: MathJax, where: str) -> None:
        self.source, self.mathjax, self.where = source, mathjax, where
        self.located = MathLocator(source)
        # The page's formulas in order: arithmatex's, then those MathJax
        # finds in notebook text.
        self.formulas = [
            arithmatex_tex(source[start:end]) for start, end in self.located.elements
        ]
        self.texts = []
        for start, end in self.located.texts:
            text = html.unescape(source[start:end])
            if "$" in text or "\\(" in text or "\\[" in text:
                self.texts.append((start, end, text))
        self._found = mathjax.request_find([text for _, _, text in self.texts])
        self._svgs = mathjax.request_svgs(list(self.formulas))
        self.cut: list | None = None

    def ask_for_text_math(self) -> None:
        """Once MathJax's finder has cut the notebook text, ask for its math."""
        if self.cut is not None:
            return
        self.cut = []  # (start, end, pieces) of each text that holds math
        more = []
        for (start, end, _), pieces in zip(self.texts, self._found(), strict=True):
            if not all(isinstance(piece, str) for piece in pieces):
                self.cut.append((start, end, pieces))
                more += [
                    (piece["tex"], piece["display"])
                    for piece in pieces
                    if not isinstance(piece, str)
                ]
        self.formulas = self.formulas + more
        self._more_svgs = self.mathjax.request_svgs(more)

    def finish(self) -> tuple[str, int]:
        self.ask_for_text_math()
        started = time.perf_counter()
        source, mathjax = self.source, self.mathjax
        rendered = iter(self._svgs(self.where) + self._more_svgs(self.where))
        glyphs: dict[str, str] = {}

        def next_svg() -> str:
            formula = next(rendered)
            glyphs.update(formula["glyphs"])
            return formula["html"]

        replacements: list[tuple[int, int, str]] = []
        for content_start, content_end in self.located.elements:
            replacements.append((content_start, content_end, next_svg()))
        for start, end, pieces in self.cut:
            out = []
            for piece in pieces:
                if isinstance(piece, str):
                    out.append(html.escape(piece, quote=False))
                else:
                    # The same wrapper as page math, so both are found alike.
                    out.append(f'<span class="arithmatex">{next_svg()}</span>')
            replacements.append((start, end, "".join(out)))
        for start, end, text in sorted(replacements, reverse=True):
            source = source[:start] + text + source[end:]
        if glyphs:
            # Every formula's <use> refers here. It travels with the content,
            # so instant navigation brings it along; display: none is how
            # MathJax hides its own global glyph cache.
            paths = "".join(
                f'<path id="{id}" d="{d}"></path>' for id, d in sorted(glyphs.items())
            )
            source = (
                '<svg class="mathjax-glyphs" style="display: none" '
                'aria-hidden="true" xmlns="http://www.w3.org/2000/svg">'
                f"<defs>{paths}</defs></svg>\n" + source
            )
        count = len(self.formulas)
        mathjax.pages.put(self.where, self.source, html=source, count=count)
        mathjax.formula_count += count
        mathjax.seconds += time.perf_counter() - started
        return source, count


class Done:
    """A page that needs no typesetting: in the cache, or without math."""

    def __init__(self, html: str, count: int) -> None:
        self.result = (html, count)

    def ask_for_text_math(self) -> None:
        pass

    def finish(self) -> tuple[str, int]:
        return self.result


def start_page(source: str, mathjax: MathJax, where: str) -> PageMath | Done:
    started = time.perf_counter()
    kept = mathjax.pages.get(where, source)
    if kept is not None:
        mathjax.formula_count += kept["count"]
        job = Done(kept["html"], kept["count"])
    elif "arithmatex" in source or NOTEBOOK_MARKDOWN in source:
        job = PageMath(source, mathjax, where)
    else:
        mathjax.pages.put(where, source, html=source, count=0)
        job = Done(source, 0)
    mathjax.seconds += time.perf_counter() - started
    return job


_mathjax: MathJax | None = None
_begun: list[tuple[Page, PageMath | Done]] = []  # this build's pages, in order


def _stop() -> None:
    global _mathjax
    _begun.clear()
    if _mathjax is not None:
        _mathjax.close()
        _mathjax = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _mathjax
    _stop()
    _mathjax = MathJax()
    if STYLESHEET not in config.extra_css:
        config.extra_css.append(STYLESHEET)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    files.append(File.generated(config, STYLESHEET, content=_mathjax.css))
    return files


# After every other on_page_content handler: the HTML it saw is the page's
# content until on_env puts the math in.
@event_priority(-100)
def on_page_content(html_text: str, page: Page, config: MkDocsConfig, files: Files):
    _begun.append((page, start_page(html_text, _mathjax, page.file.src_uri)))
    return html_text


def on_env(env, config: MkDocsConfig, files: Files):
    # Between MkDocs' two passes: every page is converted, none is indexed
    # for search or rendered yet. Ask for all notebook text math first, so
    # Node answers it while earlier pages are finished.
    for _, job in _begun:
        job.ask_for_text_math()
    for page, job in _begun:
        page.content, _ = job.finish()
    _begun.clear()
    return env


def on_post_build(config: MkDocsConfig) -> None:
    log.info(
        f"Math: {_mathjax.formula_count} formulas, {_mathjax.typeset_count} "
        f"typeset now (the rest from {CACHE_DIR.relative_to(ROOT)}), "
        f"{_mathjax.seconds:.2f} s"
    )
    _stop()


def on_build_error(error: Exception) -> None:
    _stop()
