"""The per-page caches of hooks/math.py and hooks/accessibility.py
(hooks/page_cache.py): a rebuild reuses a page's result only while
everything that shaped it is the same, and makes it again otherwise."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from test_math import ROOT, load_hook

needs_mathjax = pytest.mark.skipif(
    shutil.which("node") is None
    or not (ROOT / "node_modules" / "mathjax-full").is_dir(),
    reason="needs Node and `npm ci`",
)

PAGE = (
    '<ul class="task-list"><li class="task-list-item">'
    '<input type="checkbox" disabled checked> done</li></ul>\n'
    '<p>Take <span class="arithmatex">\\(x^2\\)</span>.</p>'
)


class Refused(Exception):
    pass


def refuse(*args, **kwargs):
    raise Refused("parsed the page again")


@pytest.fixture
def page_cache():
    return load_hook("page_cache")


def test_an_entry_is_used_only_for_the_same_html_and_shapers(
    page_cache, tmp_path, monkeypatch
):
    code = tmp_path / "hook.py"
    code.write_text("VERSION = 1\n")
    cache = page_cache.PageCache(tmp_path / "cache", "settings A", code)
    cache.put("a/page.md", PAGE, html="result")
    assert cache.get("a/page.md", PAGE) == {"key": cache.key(PAGE), "html": "result"}
    assert cache.get("a/page.md", PAGE + " ") is None  # the page changed
    assert cache.get("other.md", PAGE) is None
    # What else shapes the result: settings, then the hook's code.
    assert (
        page_cache.PageCache(tmp_path / "cache", "settings B", code).get(
            "a/page.md", PAGE
        )
        is None
    )
    monkeypatch.setattr(sys, "version", "another Python")
    assert (
        page_cache.PageCache(tmp_path / "cache", "settings A", code).get(
            "a/page.md", PAGE
        )
        is None
    )
    monkeypatch.undo()
    code.write_text("VERSION = 2\n")
    assert (
        page_cache.PageCache(tmp_path / "cache", "settings A", code).get(
            "a/page.md", PAGE
        )
        is None
    )
    # A damaged entry is a miss, not an error.
    cache.entry("a/page.md").write_text("{not json")
    assert cache.get("a/page.md", PAGE) is None


def test_accessibility_reuses_a_page_only_while_its_html_and_code_are_the_same(
    tmp_path, monkeypatch
):
    hook = load_hook("accessibility")
    # The hook's own cache, in .cache/, is keyed by the hook's own code.
    assert hook._cache.folder == hook.ROOT / ".cache" / "accessibility"
    expected = hook.PageCache(tmp_path, Path(hook.__file__))
    assert hook._cache.shapers == expected.shapers
    monkeypatch.setattr(hook, "_cache", expected)
    page = SimpleNamespace(file=SimpleNamespace(src_uri="basics/page.md"))
    first = hook.on_page_content(PAGE, page, None, None)
    assert 'aria-label="done"' in first
    monkeypatch.setattr(hook, "MissingAttributes", refuse)
    assert hook.on_page_content(PAGE, page, None, None) == first
    with pytest.raises(Refused):
        hook.on_page_content(PAGE.replace("checked", ""), page, None, None)
    # The hook keys its entries by its own code.
    edited = tmp_path / "accessibility.py"
    edited.write_text(Path(hook.__file__).read_text() + "\n# edited\n")
    monkeypatch.setattr(hook, "_cache", hook.PageCache(tmp_path, edited))
    with pytest.raises(Refused):
        hook.on_page_content(PAGE, page, None, None)


@needs_mathjax
def test_math_reuses_a_page_only_while_everything_that_shapes_it_is_the_same(
    tmp_path, monkeypatch
):
    hook = load_hook("math")
    monkeypatch.setattr(hook, "CACHE_DIR", tmp_path)
    mathjax = hook.MathJax()
    try:
        # The key names MathJax's version and settings and the typesetter.
        assert '"typesetter"' in mathjax.key and '"mathjax"' in mathjax.key
        assert mathjax.pages.folder == tmp_path / "pages"
        expected = hook.PageCache(tmp_path / "pages", mathjax.key, Path(hook.__file__))
        assert mathjax.pages.shapers == expected.shapers
        first, count = hook.typeset_page(PAGE, mathjax, "basics/page.md")
        assert count == 1 and "<mjx-container" in first
        monkeypatch.setattr(hook, "MathLocator", refuse)
        assert hook.typeset_page(PAGE, mathjax, "basics/page.md") == (first, 1)
        with pytest.raises(Refused):
            hook.typeset_page(PAGE.replace("x^2", "x^3"), mathjax, "basics/page.md")
        # Another MathJax version or setting, or other code of the hook.
        key = mathjax.key.replace('"mathjax": "', '"mathjax": "0.')
        assert key != mathjax.key
        monkeypatch.setattr(
            mathjax,
            "pages",
            hook.PageCache(tmp_path / "pages", key, Path(hook.__file__)),
        )
        with pytest.raises(Refused):
            hook.typeset_page(PAGE, mathjax, "basics/page.md")
        edited = tmp_path / "math.py"
        edited.write_text(Path(hook.__file__).read_text() + "\n# edited\n")
        monkeypatch.setattr(
            mathjax, "pages", hook.PageCache(tmp_path / "pages", mathjax.key, edited)
        )
        with pytest.raises(Refused):
            hook.typeset_page(PAGE, mathjax, "basics/page.md")
    finally:
        mathjax.close()


@needs_mathjax
def test_a_change_to_the_typesetter_changes_the_math_key(tmp_path, monkeypatch):
    hook = load_hook("math")
    monkeypatch.setattr(hook, "CACHE_DIR", tmp_path)
    # Node finds MathJax beside the script, as it does beside hooks/.
    (tmp_path / "node_modules").symlink_to(ROOT / "node_modules")
    keys = []
    for comment in ("", "\n// edited\n"):
        typesetter = tmp_path / "typeset.cjs"
        typesetter.write_text(hook.TYPESETTER.read_text() + comment)
        monkeypatch.setattr(hook, "TYPESETTER", typesetter)
        mathjax = hook.MathJax()
        mathjax.close()
        keys.append((mathjax.key, mathjax.pages.shapers, mathjax.cached("x", False)))
    assert keys[0][0] != keys[1][0]
    assert keys[0][1] != keys[1][1]  # every page made again
    assert keys[0][2] != keys[1][2]  # every formula typeset again


@needs_mathjax
def test_a_rebuild_with_every_page_kept_starts_no_node(tmp_path, monkeypatch):
    hook = load_hook("math")
    monkeypatch.setattr(hook, "CACHE_DIR", tmp_path)
    first = hook.MathJax()
    try:
        typeset = hook.typeset_page(PAGE, first, "basics/page.md")
    finally:
        first.close()
    again = hook.MathJax()
    assert hook.typeset_page(PAGE, again, "basics/page.md") == typeset
    assert again.process is None
    assert (again.key, again.css) == (first.key, first.css)
    # Another installed MathJax: its version, settings and stylesheet are
    # asked of Node again.
    root = tmp_path / "root"
    installed = root / "node_modules" / "mathjax-full" / "package.json"
    installed.parent.mkdir(parents=True)
    installed.write_text(
        (ROOT / "node_modules" / "mathjax-full" / "package.json").read_text() + "\n"
    )
    monkeypatch.setattr(hook, "ROOT", root)
    other = hook.MathJax()
    try:
        assert other.process is not None
    finally:
        other.close()


def test_accessibility_skips_code_and_math_and_still_finds_what_follows():
    hook = load_hook("accessibility")
    page = (
        '<div class="highlight-ipynb"><pre><span class="n">x</span>'
        ' &lt;li class="task-list-item"&gt;</pre></div>\n'
        '<ul><li class="task-list-item"><input type="checkbox" disabled> '
        '<span class="arithmatex"><mjx-container class="MathJax"><svg><g>'
        "</g></svg><mjx-assistive-mml><math><mi>x</mi></math>"
        "</mjx-assistive-mml></mjx-container></span> then</li>\n"
        '<li class="task-list-item"><input type="checkbox" disabled checked>'
        "</li></ul>"
    )
    fixed = hook.add_missing_attributes(page)
    assert fixed.count('<pre tabindex="0">') == 1
    assert '<input aria-label="not done" type="checkbox" disabled>' in fixed
    assert '<input aria-label="done" type="checkbox" disabled checked>' in fixed


@needs_mathjax
def test_math_skips_code_and_still_finds_what_follows(tmp_path, monkeypatch):
    hook = load_hook("math")
    monkeypatch.setattr(hook, "CACHE_DIR", tmp_path)
    cell = (
        '<div class="jp-RenderedMarkdown"><pre><span class="n">$a$</span> &lt;/div&gt;'
        "</pre><p>then $b$</p></div>"
    )
    mathjax = hook.MathJax()
    try:
        html, count = hook.typeset_page(cell, mathjax, "notebooks/x.ipynb")
    finally:
        mathjax.close()
    assert count == 1
    assert '<span class="n">$a$</span>' in html
    assert 'then <span class="arithmatex"><mjx-container' in html
