"""Each page's search entries kept between builds (hooks/search_cache.py).

A small Material site is built in a temporary folder, in this process, with
the hook. Material's search reads a page's HTML through its Parser; counting
those reads shows which pages were indexed again, and every index is
compared with the one a build without the hook writes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from material.plugins.search import plugin as search
from mkdocs.commands.build import build
from mkdocs.config import load_config

from doccheck.paths import ROOT

HOOK = ROOT / "hooks" / "search_cache.py"

PAGES = {
    "index.md": "# Home\n\nWelcome, $x$.\n\n## Start here\n\nText.\n",
    "guide/one.md": "---\ntags: [first]\n---\n# One\n\nFirst page.\n\n## Part\n\nMore.\n",
    "guide/two.md": "Second page.\n",
}


def _site(root: Path, hook: bool, nav_title: str = "Page two") -> Path:
    for name, text in PAGES.items():
        (root / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "docs" / name).write_text(text, encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        "site_name: search cache test\n"
        "theme: material\n"
        "nav:\n"
        "  - index.md\n"
        "  - guide/one.md\n"
        f"  - {nav_title}: guide/two.md\n"
        "plugins:\n"
        "  - search\n" + (f"hooks:\n  - {HOOK}\n" if hook else ""),
        encoding="utf-8",
    )
    return root


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The pages Material's search parses, in order."""
    parsed: list[str] = []
    feed = search.Parser.feed

    def counting_feed(self, data):
        parsed.append(data[:40])
        return feed(self, data)

    monkeypatch.setattr(search.Parser, "feed", counting_feed)
    yield parsed
    assert not hasattr(search.SearchIndex.add_entry_from_context, "unwrapped"), (
        "the hook left Material's search wrapped after the build"
    )


def _index(root: Path) -> bytes:
    build(load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site")))
    return (root / "site" / "search" / "search_index.json").read_bytes()


def test_an_unchanged_page_is_not_indexed_again(tmp_path, reads):
    site = _site(tmp_path / "cached", hook=True)
    first = _index(site)
    assert len(reads) == len(PAGES)
    reads.clear()
    assert _index(site) == first
    assert reads == [], "unchanged pages were parsed again"
    assert first == _index(_site(tmp_path / "plain", hook=False))


# Each change to guide/two.md (no heading of its own, so its entry takes its
# title from the nav): (its new text, its nav title).
CHANGES = {
    "text": ("Second page, edited.\n", "Page two"),
    "front matter": (
        "---\nsearch:\n  boost: 2\n---\n" + PAGES["guide/two.md"],
        "Page two",
    ),
    "a heading": ("# Two\n\n" + PAGES["guide/two.md"], "Page two"),
    "the nav title alone": (PAGES["guide/two.md"], "Renamed"),
    # Tags change the index and nothing else of the page.
    "tags added": ("---\ntags: [second]\n---\n" + PAGES["guide/two.md"], "Page two"),
    "tags changed": (
        "---\ntags: [second, third]\n---\n" + PAGES["guide/two.md"],
        "Page two",
    ),
}
# guide/two.md before the change, where it is not PAGES'.
BEFORE = {"tags changed": "---\ntags: [second]\n---\n" + PAGES["guide/two.md"]}


@pytest.mark.parametrize("change", CHANGES)
def test_a_changed_page_is_indexed_again_and_only_it(tmp_path, reads, change):
    text, nav_title = CHANGES[change]
    site = _site(tmp_path / "cached", hook=True)
    if change in BEFORE:
        (site / "docs" / "guide" / "two.md").write_text(
            BEFORE[change], encoding="utf-8"
        )
    before = _index(site)
    reads.clear()
    _site(site, hook=True, nav_title=nav_title)
    (site / "docs" / "guide" / "two.md").write_text(text, encoding="utf-8")
    cached = _index(site)
    assert len(reads) == 1, f"{len(reads)} pages parsed again"

    plain = _site(tmp_path / "plain", hook=False, nav_title=nav_title)
    (plain / "docs" / "guide" / "two.md").write_text(text, encoding="utf-8")
    assert cached == _index(plain)
    assert cached != before, "the change did not change the index"
    titles = [doc["title"] for doc in json.loads(cached)["docs"]]
    assert ("Renamed" in titles) == (change == "the nav title alone")
