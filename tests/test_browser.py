"""Every page of the built site, opened in a real browser with the network cut.

Playwright drives Debian's chromium-headless-shell (never a downloaded
browser) against the site served on 127.0.0.1. Each page is loaded once, in
a fresh browser context, so every byte it needs is fetched and counted. Requests to any
other host are blocked and reported. The server gzips text as any static
host does, and the budget counts bytes on the wire, the search index
included. Math is typeset when the site is built (hooks/math.py): the HTML
the server sent is parsed where no script runs (DOMParser), and there every
formula of its source must already be typeset. axe-core (node_modules,
pinned in package.json) checks the page in the light scheme, then in the
dark one, reached with the palette toggle as a reader does; a dark system
preference opening the dark scheme is checked on a Markdown and a notebook
page. A screenshot of every page (the first screenful; the whole page with
FULL_PAGE_SCREENSHOTS=1) lands in screenshots/ (ignored by git), and its
weight, first paint and axe result in screenshots/metrics/; the run's
summary lists the heaviest and slowest pages (tests/conftest.py).
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import json
import os
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from test_math import load_hook

from doccheck.site import ROOT, page_urls, shown_code
from doccheck.troubleshooting import entries

SCREENSHOTS = ROOT / "screenshots"
METRICS = SCREENSHOTS / "metrics"
PAGE_BUDGET_BYTES = 1_000_000  # 1.0 MB on the wire, empty cache
LIGHT, DARK = "default", "slate"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.1 A and AA; a serious or critical violation fails the page.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_FAILING = {"serious", "critical"}
# Screenshots are for people to look at, not a check: the first screenful by
# default, the whole page with FULL_PAGE_SCREENSHOTS=1.
FULL_PAGE = os.environ.get("FULL_PAGE_SCREENSHOTS") == "1"


# --- fixtures -----------------------------------------------------------------


class _StaticHost(http.server.SimpleHTTPRequestHandler):
    """Serves the build as a static host does: text gzipped when asked for."""

    COMPRESSED = (".html", ".css", ".js", ".json", ".xml", ".svg")

    def log_message(self, format, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if not (
            "gzip" in self.headers.get("Accept-Encoding", "")
            and path.suffix in self.COMPRESSED
            and path.is_file()
        ):
            return super().send_head()  # also the redirect from /page to /page/
        body = _gzipped(str(path))
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@functools.cache
def _gzipped(path: str) -> bytes:
    return gzip.compress(Path(path).read_bytes(), compresslevel=6, mtime=0)


@pytest.fixture(scope="session")
def site_url(built_site: Path):
    handler = functools.partial(_StaticHost, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


@dataclass
class Visit:
    """What one page did in the browser."""

    url: str
    transferred_bytes: int = 0  # on the wire: gzipped, with headers
    content_bytes: int = 0  # the same responses, decoded
    first_paint_ms: int | None = None  # first contentful paint, math included
    math_sources: int = 0  # formulas in the page's source
    math_rendered: int = 0  # typeset formulas in the HTML, JavaScript off
    axe: dict[str, list[str]] = field(default_factory=dict)  # scheme: violations
    problems: list[str] = field(default_factory=list)


def open_page(browser, site_url: str, path: str, visit=None, **context_options):
    """A fresh context (empty cache) on one page, with other hosts blocked."""
    context, page, visit, _ = load_page(
        browser, site_url, path, visit, **context_options
    )
    return context, page, visit


def load_page(browser, site_url: str, path: str, visit=None, **context_options):
    """open_page, and the response that brought the page's HTML."""
    origin = site_url.rstrip("/")
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, **context_options
    )
    if context_options.get("java_script_enabled", True):
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin)
    visit = visit or Visit(url=path)
    host = urlsplit(site_url).netloc

    def guard(route):
        if urlsplit(route.request.url).netloc == host:
            route.continue_()
        else:
            visit.problems.append(f"request to another host: {route.request.url}")
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    # Generous: two browser workers share the cores with the rest of the suite.
    page.set_default_timeout(30_000)
    page.on(
        "console",
        lambda m: m.type == "error" and visit.problems.append(f"console: {m.text}"),
    )
    page.on("pageerror", lambda e: visit.problems.append(f"page error: {e}"))
    page.on(
        "requestfailed",
        lambda r: visit.problems.append(f"failed request: {r.url} ({r.failure})"),
    )

    def check(request):
        # The math is in the HTML: MathJax must not be fetched to show it.
        if "mathjax" in request.url.lower() and request.resource_type == "script":
            visit.problems.append(f"MathJax runtime requested: {request.url}")

    page.on("request", check)
    response = page.goto(site_url + path, wait_until="load")
    if response is None or not response.ok:
        status = response.status if response else "no response"
        visit.problems.append(f"page did not load ({status})")
    return context, page, visit, response


# Bytes of everything the page fetched: on the wire (with headers) and
# decoded. Read from Resource Timing once the page has settled, so requests
# made after "load" (the search index) count too.
WEIGHT = """() => {
  const entries = [
    ...performance.getEntriesByType("navigation"),
    ...performance.getEntriesByType("resource"),
  ];
  return [
    entries.reduce((sum, e) => sum + e.transferSize, 0),
    entries.reduce((sum, e) => sum + e.decodedBodySize, 0),
  ];
}"""
FIRST_PAINT = """() => {
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  return paint ? Math.round(paint.startTime) : null;
}"""


# --- every page ---------------------------------------------------------------

# Delimiters left on screen outside code mean a formula was not typeset; in
# a notebook cell, where math is written $...$, so does a $.
UNTYPESET_MATH = """doc => {
  const skip = "PRE, CODE, SCRIPT, STYLE, MJX-CONTAINER, TEXTAREA";
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const found = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node.parentElement.closest(skip)) continue;
    const marks = ["\\\\(", "\\\\[", "$$"];
    if (node.parentElement.closest(".jp-RenderedMarkdown")) marks.push("$");
    if (marks.some(mark => node.textContent.includes(mark))) {
      found.push(node.textContent.trim().slice(0, 80));
    }
  }
  return found;
}"""

# A typeset formula: MathJax's SVG, with MathML for screen readers beside it.
RENDERED_MATH = """doc => [...doc.querySelectorAll(".arithmatex")].filter(
  e => e.querySelector(":scope > mjx-container > svg")
    && e.querySelector(":scope > mjx-container > mjx-assistive-mml > math")
).length"""

# The page's HTML as it came from the server, parsed by DOMParser: scripts
# never run in the document it makes, and it fetches nothing, so it holds
# what a reader with JavaScript off gets.
MATH_WITHOUT_JAVASCRIPT = f"""html => {{
  const doc = new DOMParser().parseFromString(html, "text/html");
  return [({RENDERED_MATH})(doc), ({UNTYPESET_MATH})(doc)];
}}"""

AXE_RUN = """tags => axe.run(document, {
  runOnly: {type: "tag", values: tags},
  resultTypes: ["violations"],
}).then(result => result.violations.map(v => ({
  id: v.id, impact: v.impact, help: v.help,
  targets: v.nodes.map(n => n.target.join(" ")),
})))"""


@pytest.fixture(scope="session")
def math_finder():
    """MathJax's delimiter finder, through the build's own client
    (hooks/math.py), to count the formulas in a notebook's Markdown cells
    as MathJax itself would."""
    mathjax = load_hook("math").MathJax()

    def count(texts: list[str]) -> int:
        found = mathjax.find(texts)
        return sum(isinstance(piece, dict) for pieces in found for piece in pieces)

    yield count
    mathjax.close()


@functools.cache
def _markdown():
    """Python-Markdown with the site's own extensions, as MkDocs runs it."""
    import markdown
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    return markdown.Markdown(
        extensions=config.markdown_extensions,
        extension_configs=config.mdx_configs,
    )


def source_formulas(path: str, math_finder) -> int:
    """How many formulas the page's source holds: what arithmatex marks on a
    page, what MathJax's finder finds in a notebook's Markdown cells."""
    stem = ROOT / "docs" / (path.rstrip("/") or "index")
    if stem.with_suffix(".ipynb").is_file():
        notebook = json.loads(stem.with_suffix(".ipynb").read_text(encoding="utf-8"))
        return math_finder(
            [
                "".join(cell["source"])
                for cell in notebook["cells"]
                if cell["cell_type"] == "markdown"
            ]
        )
    source = stem.with_suffix(".md")
    if not source.is_file():
        source = stem / "index.md"
    md = _markdown()
    md.reset()
    html = md.convert(source.read_text(encoding="utf-8"))
    return html.count('class="arithmatex"')


@pytest.mark.parametrize("path", page_urls())
def test_page_works_offline(browser, site_url, math_finder, path):
    name = path.strip("/").replace("/", "__") or "index"
    context, page, visit, response = load_page(browser, site_url, path)
    try:
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(
            path=str(SCREENSHOTS / f"{name}.jpg"), full_page=FULL_PAGE, quality=85
        )
        visit.first_paint_ms = page.evaluate(FIRST_PAINT)
        if page.evaluate("() => 'MathJax' in window"):
            visit.problems.append("a MathJax runtime is loaded")
        check_axe(page, LIGHT, visit)
        # Read once the search index has come, and before anything below
        # could fetch more.
        page.wait_for_load_state("networkidle")
        visit.transferred_bytes, visit.content_bytes = page.evaluate(WEIGHT)
        html = response.text() if response else ""
        check_math_without_javascript(page, html, path, visit, math_finder)
        switch_scheme(page)
        check_axe(page, DARK, visit)
        check_copy_buttons(page, path, visit)
    finally:
        context.close()
    if visit.transferred_bytes > PAGE_BUDGET_BYTES:
        visit.problems.append(
            f"transferred {visit.transferred_bytes / 1e6:.2f} MB, over the "
            f"{PAGE_BUDGET_BYTES / 1e6:.2f} MB budget"
        )
    METRICS.mkdir(parents=True, exist_ok=True)
    (METRICS / f"{name}.json").write_text(json.dumps(asdict(visit), indent=1) + "\n")
    assert not visit.problems, f"/{path}:\n  " + "\n  ".join(visit.problems)


def check_math_without_javascript(page, html: str, path, visit, math_finder):
    """Every formula of the source is in the HTML, typeset, before any script."""
    visit.math_sources = source_formulas(path, math_finder)
    visit.math_rendered, untypeset = page.evaluate(MATH_WITHOUT_JAVASCRIPT, html)
    for text in untypeset:
        visit.problems.append(f"raw math left on screen: {text!r}")
    if visit.math_rendered != visit.math_sources:
        visit.problems.append(
            f"{visit.math_rendered} typeset formulas in the HTML, "
            f"{visit.math_sources} in the source"
        )


# Material's palette toggle, a label for the other scheme's radio button.
# Material applies a toggled scheme and the one a system preference picks on
# load through the same code (the body's data-md-color-* attributes), and no
# stylesheet of the site reads prefers-color-scheme: on 8 pages, axe's full
# results (passes and incomplete too) were the same either way (2026-11-30).
# A script's click, where a reader would click, leaves no hover or focus
# behind that a page loaded dark would not have
# (test_the_palette_toggle_switches_light_and_dark clicks it as a reader).
TOGGLE = "form[data-md-component=palette] label:not([hidden])"
# Material sets the scheme's attributes on the click, with transitions off
# while data-md-color-switching is on; then no colour may still be moving.
SWITCHED = """() => !document.body.hasAttribute("data-md-color-switching")
  && document.getAnimations().every(
    a => !(a instanceof CSSTransition) || a.playState === "finished")"""


def switch_scheme(page) -> None:
    """Switch the palette as a reader does, and wait for it to settle."""
    page.locator(TOGGLE).evaluate("label => label.click()")
    page.evaluate("() => document.activeElement.blur()")
    page.wait_for_function(SWITCHED)


def check_axe(page, scheme: str, visit: Visit) -> None:
    """axe-core's WCAG 2.1 A/AA rules on the page as the reader sees it."""
    shown = page.evaluate("() => document.body.dataset.mdColorScheme")
    if shown != scheme:
        visit.problems.append(f"expected the {scheme} scheme, got {shown}")
    if not page.evaluate("() => 'axe' in window"):
        page.add_script_tag(path=str(AXE))
        # Results without each element's HTML, which nothing here reads.
        page.evaluate("() => axe.configure({noHtml: true})")
    violations = page.evaluate(AXE_RUN, AXE_TAGS)
    visit.axe[scheme] = [
        f"{v['impact']}: {v['id']} ({len(v['targets'])}x) {v['help']}"
        for v in violations
    ]
    for v in violations:
        if v["impact"] in AXE_FAILING:
            visit.problems.append(
                f"axe, {scheme} scheme: {v['impact']} {v['id']}: {v['help']} "
                f"at {', '.join(v['targets'][:3])}"
            )


# Open the collapsed solution or the inactive content tab hiding an element.
REVEAL = """element => {
  for (let node = element; node; node = node.parentElement) {
    if (node.tagName === "DETAILS") node.open = true;
    const block = node.parentElement;
    if (block && block.classList.contains("tabbed-content")) {
      const index = [...block.children].indexOf(node);
      const inputs = block.parentElement.querySelectorAll(":scope > input");
      if (inputs[index]) inputs[index].click();
    }
  }
}"""

# Each block's copy button, clicked in turn: the click event Material's
# clipboard handler listens for, on the element a pointer at the button's
# centre would hit. What each put on the clipboard, or why nothing could.
COPY_EACH = (
    """async blocks => {
  const reveal = """
    + REVEAL
    + """;
  const copied = [];
  for (const block of blocks) {
    reveal(block);
    const button = block.querySelector("button[data-md-type=copy]");
    if (!button) {
      copied.push({problem: "has no copy button"});
      continue;
    }
    button.scrollIntoView({block: "center"});
    const box = button.getBoundingClientRect();
    const hit = document.elementFromPoint(
      box.left + box.width / 2, box.top + box.height / 2);
    if (!button.contains(hit)) {
      copied.push({problem: `has its copy button under ${hit && hit.outerHTML.slice(0, 80)}`});
      continue;
    }
    button.click();
    copied.push({text: await navigator.clipboard.readText()});
  }
  return copied;
}"""
)


def check_copy_buttons(page, path: str, visit: Visit) -> None:
    """Each Python block's copy button copies exactly what its include shows:
    the snippet file, or the marked part of it."""
    blocks = page.locator("div.language-python.highlight")
    expected = shown_code(path)
    if blocks.count() != len(expected):
        visit.problems.append(
            f"{blocks.count()} Python blocks on the page, {len(expected)} in its source"
        )
        return
    copied = blocks.evaluate_all(COPY_EACH)
    for (target, text), result in zip(expected, copied, strict=True):
        if "problem" in result:
            visit.problems.append(f"the block showing {target} {result['problem']}")
        elif result["text"].rstrip("\n") != text.rstrip("\n"):
            visit.problems.append(
                f"the copy button of the block showing {target} copied "
                f"{len(result['text'])} characters that are not its {len(text)}"
            )


# --- site-wide behaviour -----------------------------------------------------


_SEARCH_STATE = "() => document.querySelector('.md-search-result__meta').textContent"


def search(browser, site_url: str, terms: list[str]) -> dict[str, list[str]]:
    """Type each term into the search box; return its results as path#anchor.
    Fails if the page or Material's search worker reports any problem: the
    worker reports a query that threw (a fault of lunr.js, the search
    engine; see the search separator in mkdocs.yml) as a console warning,
    and shows "No matching documents"."""
    context, page, visit = open_page(browser, site_url, "")
    page.on(
        "console",
        lambda m: m.type == "warning" and visit.problems.append(f"console: {m.text}"),
    )
    found = {}
    try:
        box = page.locator("input.md-search__input")
        box.click()
        for term in terms:
            # Clear with a real key, and wait for the empty-query state, so
            # the results read next cannot be the previous term's.
            box.press("Control+a")
            box.press("Backspace")
            page.wait_for_function(f"() => /Type to start/.test(({_SEARCH_STATE})())")
            # Material searches on key events: the last character is typed.
            box.fill(term[:-1])
            box.press(term[-1])
            page.wait_for_function(
                f"() => !/Type to start|Initializing/.test(({_SEARCH_STATE})())"
            )
            hrefs = page.locator(".md-search-result__item a").evaluate_all(
                "links => links.map(a => a.href)"
            )
            found[term] = [_path_and_anchor(href) for href in hrefs]
    finally:
        context.close()
    assert not visit.problems, "While searching:\n  " + "\n  ".join(visit.problems)
    return found


def _path_and_anchor(href: str) -> str:
    parts = urlsplit(href)
    return parts.path + (f"#{parts.fragment}" if parts.fragment else "")


def test_search_finds_a_term_on_its_page(browser, site_url):
    hits = search(browser, site_url, ["retain_grad"])["retain_grad"]
    assert any(hit.startswith("/basics/leaf-tensors/") for hit in hits), hits


def test_search_finds_a_word_next_to_a_formula(browser, site_url):
    # guide/gradient-descent.md: "while \\(y\\) overshoots and changes sign";
    # the typeset SVG around it must not keep the word out of the index.
    hits = search(browser, site_url, ["overshoots"])["overshoots"]
    assert any(hit.startswith("/guide/gradient-descent/") for hit in hits), hits


def test_searching_each_error_message_finds_its_entry(browser, site_url):
    messages = [e for e in entries(ROOT) if e.is_message(ROOT)]
    results = search(browser, site_url, [e.phrase for e in messages])
    missed = [
        f"{e.phrase!r} -> expected {e.url}, got {results[e.phrase][:5]}"
        for e in messages
        if e.url not in results[e.phrase]
    ]
    assert not missed, "Search did not find these entries:\n  " + "\n  ".join(missed)


# Visible formulas, and those whose glyphs draw: each <use> finds its path
# in the page's hidden <svg class="mathjax-glyphs">, or its box is empty.
DRAWN_FORMULAS = """() => {
  const shown = [...document.querySelectorAll(".arithmatex mjx-container > svg")]
    .filter(svg => svg.checkVisibility());
  return [shown.length, shown.filter(svg => svg.querySelector("g").getBBox().width > 0).length];
}"""


def test_every_shown_formula_draws_its_glyphs(browser, site_url):
    # Reached by a link, as a reader gets there. (Material's instant
    # navigation swaps in the same HTML, glyphs included, but it does not
    # engage under this test server, with or without build-time math.)
    context, page, visit = open_page(browser, site_url, "")
    try:
        page.locator("a.md-nav__link[href$='chain-rule/']").first.click()
        page.wait_for_url("**/basics/chain-rule/")
        total, drawn = page.evaluate(DRAWN_FORMULAS)
    finally:
        context.close()
    assert total and drawn == total, f"{drawn} of {total} formulas drawn"
    assert not visit.problems, visit.problems


# A Markdown page and a notebook page: their own templates, the same palette.
@pytest.mark.parametrize(
    "path", ["basics/first-gradient/", "notebooks/basics/first-gradient/"]
)
@pytest.mark.parametrize("preference, scheme", [("light", LIGHT), ("dark", DARK)])
def test_the_palette_toggle_switches_light_and_dark(
    browser, site_url, path, preference, scheme
):
    # The page opens in the scheme of the reader's system; the toggle
    # switches to the other and back. The page test reaches its dark scheme
    # through this toggle, so this is where the system's dark is checked.
    context, page, visit = open_page(browser, site_url, path, color_scheme=preference)
    try:
        shown = "() => document.body.getAttribute('data-md-color-scheme')"
        first = page.evaluate(shown)
        page.locator(TOGGLE).click()
        second = page.evaluate(shown)
        page.locator(TOGGLE).click()
        third = page.evaluate(shown)
    finally:
        context.close()
    assert first == scheme
    assert {first, second} == {LIGHT, DARK}
    assert third == first
    assert not visit.problems, visit.problems
