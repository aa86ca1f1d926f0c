"""hooks/math.py: what it typesets, what it leaves alone, how it fails.

These run the real MathJax (node_modules) on small pieces of HTML shaped
like arithmatex's and nbconvert's output; the browser tests check the built
pages.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
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


def test_a_cached_formula_is_not_typeset_again(math_hook, mathjax):
    page = '<span class="arithmatex">\\(q_{cached}\\)</span>'
    first, _ = math_hook.typeset_page(page, mathjax, "a.md")
    typeset = mathjax.typeset_count
    second, _ = math_hook.typeset_page(page, mathjax, "b.md")
    assert mathjax.typeset_count == typeset
    assert first == second
