"""hooks/math.py: what it typesets, what it leaves alone, how it fails.

These run the real MathJax (node_modules) on small pieces of HTML shaped
like arithmatex's and nbconvert's output; the browser tests check the built
pages.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import sys
import threading
import time
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None
    or not (ROOT / "node_modules" / "mathjax-full").is_dir(),
    reason="needs Node and `npm ci`",
)


def load_hook(name: str):
    """A hook loaded as MkDocs loads it, with hooks/ importable meanwhile."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "hooks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(ROOT / "hooks"))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "hooks"))
    return module


@pytest.fixture(scope="module")
def math_hook():
    return load_hook("math")


@pytest.fixture(scope="module")
def mathjax(math_hook, tmp_path_factory):
    math_hook.CACHE_DIR = tmp_path_factory.mktemp("math-cache")
    process = math_hook.MathJax()
    yield process
    process.close()


def test_arithmatex_elements_are_typeset(math_hook, mathjax):
    page = (
        '<p>Take <span class="arithmatex">\\(x &lt; y\\)</span>:</p>\n'
        '<div class="arithmatex">\\[\\frac{a}{b}\\]</div>'
    )
    html, count = math_hook.typeset_page(page, mathjax, "page.md")
    assert count == 2
    assert html.count("<mjx-container") == 2
    assert 'display="true"' in html  # the \[ \] one
    assert "<mo>&lt;</mo>" in html  # assistive MathML of x < y
    assert "\\(" not in html and "\\[" not in html
    # Each glyph is defined once, in the page's hidden <svg>.
    assert html.startswith('<svg class="mathjax-glyphs"')
    assert html.count('id="MJX-TEX-I-1D465"') == 1


def test_notebook_markdown_math_is_found_by_mathjax(math_hook, mathjax):
    cell = (
        '<div class="jp-RenderedMarkdown"><p>A $2 \\times 3$ tensor costs \\$5;'
        " <code>$HOME</code> is not math.</p><p>$$\ny = 3x\n$$</p></div>"
        "<p>Outside a cell, $z$ stays text.</p>"
    )
    html, count = math_hook.typeset_page(cell, mathjax, "notebooks/x.ipynb")
    assert count == 2
    assert "costs $5;" in html
    assert "<code>$HOME</code>" in html
    assert "$z$ stays text" in html
    assert html.count('<span class="arithmatex"><mjx-container') == 2


def test_a_tex_error_fails_naming_the_page_and_the_formula(math_hook, mathjax):
    page = '<p><span class="arithmatex">\\(\\frac{1}{\\)</span></p>'
    with pytest.raises(PluginError) as error:
        math_hook.typeset_page(page, mathjax, "basics/broken.md")
    message = str(error.value)
    assert "basics/broken.md" in message
    assert "\\(\\frac{1}{\\)" in message


def formulas_sent(mathjax, monkeypatch) -> list[tuple[str, bool]]:
    """Every formula ``mathjax`` sends Node to typeset from now on, in order."""
    sent: list[tuple[str, bool]] = []
    send = mathjax.send

    def counting(**request):
        if request.get("op") == "tex":
            sent.extend((f["tex"], f["display"]) for f in request["formulas"])
        return send(**request)

    monkeypatch.setattr(mathjax, "send", counting)
    return sent


def test_a_cached_formula_is_not_typeset_again(math_hook, mathjax, monkeypatch):
    page = '<span class="arithmatex">\\(q_{cached}\\)</span>'
    sent = formulas_sent(mathjax, monkeypatch)
    first, _ = math_hook.typeset_page(page, mathjax, "a.md")
    assert sent == [("q_{cached}", False)]
    typeset = mathjax.typeset_count
    second, _ = math_hook.typeset_page(page, mathjax, "b.md")
    assert sent == [("q_{cached}", False)], "Node typeset the formula again"
    assert mathjax.typeset_count == typeset
    assert first == second
    # A later build (a new MathJax over the same cache) finds the formula in
    # the cache: it starts no Node at all.
    build = math_hook.MathJax()
    try:
        assert math_hook.typeset_page(page, build, "c.md") == (first, 1)
        assert build.process is None, "Node was started for a cached formula"
        assert build.typeset_count == 0
    finally:
        build.close()


def test_pages_begun_together_come_out_as_one_by_one(math_hook, mathjax, monkeypatch):
    """on_page_content only begins a page; on_env finishes them all. Pages
    that share formulas, with some of those already in the cache from an
    earlier build (a new MathJax process), come out as typeset_page makes
    them one at a time."""
    pages = {
        "a.md": '<p><span class="arithmatex">\\(w_{shared}\\)</span></p>',
        "notebooks/a.ipynb": (
            '<p><span class="arithmatex">\\(v_{page}\\)</span></p>'
            '<div class="jp-RenderedMarkdown"><p>$w_{shared}$ and $u_{old}$'
            " and $t_{new}$</p></div>"
        ),
        "b.md": '<p><span class="arithmatex">\\(t_{new}\\)</span></p>',
    }
    one_by_one = {
        where: math_hook.typeset_page(page, mathjax, where)
        for where, page in pages.items()
    }
    # u_{old} is typeset by an earlier build: of this test's formulas, it
    # alone is in the formula cache, and no page is in the pages cache.
    # MathJax's answer to "config" stays, as a rebuild finds it.
    old = mathjax.cached("u_{old}", False)
    assert old.is_file()
    config = math_hook.CACHE_DIR / "config"
    for entry in list(math_hook.CACHE_DIR.rglob("*")):
        if entry.is_file() and entry != old and config not in entry.parents:
            entry.unlink()
    build = math_hook.MathJax()  # its own pages cache is in the same folder
    sent = formulas_sent(build, monkeypatch)
    try:
        begun = {
            where: math_hook.start_page(page, build, where)
            for where, page in pages.items()
        }
        for job in begun.values():
            job.ask_for_text_math()
        together = {where: job.finish() for where, job in begun.items()}
    finally:
        build.close()
    assert together == one_by_one
    assert together["notebooks/a.ipynb"][1] == 4
    # Each new formula is sent to Node once, though two pages in flight ask
    # for it (w_{shared}, t_{new}); the cached u_{old} is not sent at all.
    assert sorted(sent) == [
        ("t_{new}", False),
        ("v_{page}", False),
        ("w_{shared}", False),
    ]
    assert build.typeset_count == 3
    assert build.formula_count == 6


def test_the_hook_puts_the_math_in_between_the_two_passes(math_hook, mathjax):
    # on_page_content leaves the page as it is; on_env types its math in.
    class Page:
        def __init__(self, src_uri):
            self.file = type("File", (), {"src_uri": src_uri})()
            self.content = None

    page = Page("c.md")
    source = '<p><span class="arithmatex">\\(s_{env}\\)</span></p>'
    math_hook._mathjax = mathjax
    try:
        page.content = math_hook.on_page_content(source, page, None, None)
        assert page.content == source
        math_hook.on_env(None, None, None)
    finally:
        math_hook._mathjax = None
        math_hook._begun.clear()
    assert page.content == math_hook.typeset_page(source, mathjax, "c.md")[0]
    assert "<mjx-container" in page.content


def test_node_stopping_fails_the_build_instead_of_hanging(math_hook, mathjax):
    process = math_hook.MathJax()
    outcome: list[BaseException | object] = []

    def ask() -> None:
        try:
            outcome.append(process.find(["$b$"]))
        except BaseException as error:
            outcome.append(error)

    try:
        assert process.find(["$a$"])  # Node is running
        # Node paused, the request is sent and waits; then Node dies.
        os.kill(process.process.pid, signal.SIGSTOP)
        asking = threading.Thread(target=ask, daemon=True)
        asking.start()
        time.sleep(0.5)
        assert not outcome
        process.process.kill()
        asking.join(timeout=30)
        assert outcome, "the request still waits for an answer from a dead Node"
        assert isinstance(outcome[0], PluginError), outcome
        assert "typeset.cjs stopped" in str(outcome[0])
    finally:
        process.close()
