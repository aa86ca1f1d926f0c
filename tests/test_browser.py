"""Every page of the built site, opened in a real browser with the network cut.

Playwright drives Debian's chromium (never a downloaded browser) against the
site served on 127.0.0.1. Each page gets a fresh browser context, so every
byte it needs is fetched and counted. Requests to any other host are blocked
and reported. A full-page screenshot of every page lands in screenshots/
(ignored by git), and its weight and math time in screenshots/metrics/; the
run's summary lists the heaviest and slowest pages (tests/conftest.py).
"""

from __future__ import annotations

import functools
import http.server
import json
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from doccheck.site import ROOT, page_urls, shown_code
from doccheck.troubleshooting import entries

SCREENSHOTS = ROOT / "screenshots"
METRICS = SCREENSHOTS / "metrics"
PAGE_BUDGET_BYTES = 2_500_000  # 2.5 MB, counted as browsers count bytes
LIGHT, DARK = "default", "slate"


# --- fixtures -----------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="session")
def site_url(built_site: Path):
    handler = functools.partial(_QuietHandler, directory=str(built_site))
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
    transferred_bytes: int = 0
    math_typeset_ms: int | None = None
    math_elements: int = 0
    math_typeset: int = 0
    problems: list[str] = field(default_factory=list)


def open_page(browser, site_url: str, path: str):
    """A fresh context (empty cache) on one page, with other hosts blocked."""
    origin = site_url.rstrip("/")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin)
    visit = Visit(url=path)
    host = urlsplit(site_url).netloc

    def guard(route):
        if urlsplit(route.request.url).netloc == host:
            route.continue_()
        else:
            visit.problems.append(f"request to another host: {route.request.url}")
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.on(
        "console",
        lambda m: m.type == "error" and visit.problems.append(f"console: {m.text}"),
    )
    page.on("pageerror", lambda e: visit.problems.append(f"page error: {e}"))
    page.on(
        "requestfailed",
        lambda r: visit.problems.append(f"failed request: {r.url} ({r.failure})"),
    )

    def count(response):
        try:
            sizes = response.request.sizes()
        except Exception:  # an aborted request has no sizes
            return
        visit.transferred_bytes += (
            sizes["responseBodySize"] + sizes["responseHeadersSize"]
        )

    page.on("response", count)
    response = page.goto(site_url + path, wait_until="load")
    if response is None or not response.ok:
        status = response.status if response else "no response"
        visit.problems.append(f"page did not load ({status})")
    return context, page, visit


# --- every page ---------------------------------------------------------------

# Delimiters left on screen outside code mean MathJax did not typeset
# something; in a notebook cell, where math is written $...$, so does a $.
UNTYPESET_MATH = """() => {
  const skip = "PRE, CODE, SCRIPT, STYLE, MJX-CONTAINER, TEXTAREA";
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
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

# Math typeset anywhere else would mean MathJax read ordinary text as math.
STRAY_MATH = """() => [...document.querySelectorAll("mjx-container")].filter(
  e => !e.closest(".arithmatex, .jp-RenderedMarkdown, mjx-assistive-mml")
).length"""


@pytest.mark.parametrize("path", page_urls())
def test_page_works_offline(browser, site_url, path):
    context, page, visit = open_page(browser, site_url, path)
    name = path.strip("/").replace("/", "__") or "index"
    try:
        check_math(page, visit)
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(
            path=str(SCREENSHOTS / f"{name}.jpg"), full_page=True, quality=85
        )
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


def check_math(page, visit: Visit) -> None:
    if page.evaluate("() => !!(window.MathJax && MathJax.startup)"):
        page.wait_for_function(
            "() => document.documentElement.dataset.mathTypesetMs", timeout=20_000
        )
        visit.math_typeset_ms = int(
            page.evaluate("() => document.documentElement.dataset.mathTypesetMs")
        )
    else:
        visit.problems.append("MathJax did not load")
        return
    visit.math_elements, visit.math_typeset = page.evaluate(
        """() => {
          const math = [...document.querySelectorAll(".arithmatex")];
          return [math.length, math.filter(e => e.querySelector("mjx-container")).length];
        }"""
    )
    if visit.url.startswith("notebooks/"):
        # Notebook cells have no .arithmatex: count what MathJax found there.
        visit.math_typeset = page.evaluate(
            "() => document.querySelectorAll('.jp-RenderedMarkdown mjx-container"
            ":not(mjx-assistive-mml mjx-container)').length"
        )
        visit.math_elements = visit.math_typeset
    if visit.math_typeset != visit.math_elements:
        visit.problems.append(
            f"{visit.math_elements - visit.math_typeset} of {visit.math_elements} "
            "math elements were not typeset"
        )
    for text in page.evaluate(UNTYPESET_MATH):
        visit.problems.append(f"raw math left on screen: {text!r}")
    if stray := page.evaluate(STRAY_MATH):
        visit.problems.append(f"{stray} math element(s) typeset outside math markup")


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
    for index, (target, text) in enumerate(expected):
        block = blocks.nth(index)
        block.evaluate(REVEAL)
        # A real click on the button, which fades in on hover: force skips
        # waiting for the fade, not the click itself.
        block.locator("button[data-md-type=copy]").click(force=True)
        copied = page.evaluate("() => navigator.clipboard.readText()")
        if copied.rstrip("\n") != text.rstrip("\n"):
            visit.problems.append(
                f"the copy button of the block showing {target} copied "
                f"{len(copied)} characters that are not its {len(text)}"
            )


# --- site-wide behaviour -----------------------------------------------------


_SEARCH_STATE = "() => document.querySelector('.md-search-result__meta').textContent"


def search(browser, site_url: str, terms: list[str]) -> dict[str, list[str]]:
    """Type each term into the search box; return its results as path#anchor."""
    context, page, _ = open_page(browser, site_url, "")
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
    return found


def _path_and_anchor(href: str) -> str:
    parts = urlsplit(href)
    return parts.path + (f"#{parts.fragment}" if parts.fragment else "")


def test_search_finds_a_term_on_its_page(browser, site_url):
    hits = search(browser, site_url, ["retain_grad"])["retain_grad"]
    assert any(hit.startswith("/basics/leaf-tensors/") for hit in hits), hits


def test_searching_each_error_message_finds_its_entry(browser, site_url):
    messages = [e for e in entries(ROOT) if e.is_message(ROOT)]
    results = search(browser, site_url, [e.phrase for e in messages])
    missed = [
        f"{e.phrase!r} -> expected {e.url}, got {results[e.phrase][:5]}"
        for e in messages
        if e.url not in results[e.phrase]
    ]
    assert not missed, "Search did not find these entries:\n  " + "\n  ".join(missed)


def test_the_palette_toggle_switches_light_and_dark(browser, site_url):
    context, page, _ = open_page(browser, site_url, "basics/first-gradient/")
    try:
        scheme = "() => document.body.getAttribute('data-md-color-scheme')"
        first = page.evaluate(scheme)
        toggle = page.locator("form[data-md-component=palette] label:not([hidden])")
        toggle.click()
        second = page.evaluate(scheme)
        toggle = page.locator("form[data-md-component=palette] label:not([hidden])")
        toggle.click()
        third = page.evaluate(scheme)
    finally:
        context.close()
    assert {first, second} == {LIGHT, DARK}
    assert third == first
