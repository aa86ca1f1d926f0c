"""Material's search entries of each page, kept between builds.

Material's search plugin reads every page's whole HTML with Python's HTML
parser to cut it into the sections of the search index: in a warm build,
where every page but the edited one is the same, that was a quarter of the
time, most of it in the typeset math (SVG and MathML). This hook keeps the
entries each page gave (hooks/page_cache.py, in .cache/search/ beside
mkdocs.yml), and hands them back while everything they are made of is the
same: the page's HTML, URL, title, table of contents and the front matter
the plugin reads (``title``, ``tags``, ``search``), under a key that also
covers Material's version, the plugin's options and this file. The plugin
has no setting for this, so its one method that indexes a page is wrapped,
from ``on_config`` to the end of the build; the index it writes is byte for
byte the same (tests/test_search_cache.py).
"""

from __future__ import annotations

import contextlib
import json
from importlib import metadata
from pathlib import Path

from material.plugins.search import plugin as search
from mkdocs.config.defaults import MkDocsConfig
from page_cache import PageCache

PLUGIN = "material/search"
CACHE_DIR = Path(".cache") / "search"  # beside mkdocs.yml


def on_config(config: MkDocsConfig) -> None:
    plugin = config.plugins.get(PLUGIN)
    if plugin is None:
        return
    cache = PageCache(
        Path(config.config_file_path).parent / CACHE_DIR,
        Path(__file__),
        metadata.version("mkdocs-material"),
        repr(sorted(dict(plugin.config).items())),
        f"jieba: {search.jieba is not None}",
    )
    _wrap(cache)


def page_source(page) -> str:
    """Everything of the page that the plugin's indexing reads."""
    meta = {key: page.meta.get(key) for key in ("title", "tags", "search")}
    return json.dumps(
        [page.url, str(page.title), _toc(page.toc), meta, page.content],
        default=str,
    )


def _toc(items) -> list:
    return [[item.id, item.url, _toc(item.children)] for item in items]


def on_post_build(config: MkDocsConfig) -> None:
    _unwrap()


def on_build_error(error: Exception) -> None:
    _unwrap()


def _unwrap() -> None:
    # Only a build with this hook keeps entries: another build in the same
    # process (the tests make several) indexes as the plugin alone does.
    index = search.SearchIndex
    index.add_entry_from_context = getattr(
        index.add_entry_from_context, "unwrapped", index.add_entry_from_context
    )


def _wrap(cache: PageCache) -> None:
    _unwrap()  # a build that failed before on_build_error (Ctrl-C) left it on
    index = search.SearchIndex
    add = index.add_entry_from_context

    def add_entry_from_context(self, page):
        if (page.meta.get("search") or {}).get("exclude"):
            return add(self, page)  # indexed not at all: nothing to keep
        source = page_source(page)
        kept = cache.get(page.file.src_uri, source)
        if kept is not None:
            self.entries.extend(kept["entries"])
            return
        first = len(self.entries)
        add(self, page)
        # Front matter JSON cannot hold (put writes nothing then): the page
        # is indexed every time.
        with contextlib.suppress(TypeError):
            cache.put(page.file.src_uri, source, entries=self.entries[first:])

    add_entry_from_context.unwrapped = add
    index.add_entry_from_context = add_entry_from_context
