"""Edit links only where there is a repository to edit in.

mkdocs.yml takes repo_url from REPO_URL, which only a deploy sets. A local
build has none, and MkDocs would warn (failing the strict build) that the
edit URI alone is no URL; without a repository there is nothing to edit.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if not config.repo_url:
        config.edit_uri = None
    return config
