"""What the published and the local builds need beyond mkdocs.yml.

- mike's plugin (on for `make publish`) appends the version to site_url
  without a trailing slash, and the 404 page takes its base URL from
  site_url's path: "/gradients/<version>" would make Material's scripts look
  for the search index, sitemap and versions.json one folder too high.
- mkdocs.yml takes repo_url from REPO_URL, which only a deploy sets. A local
  build has none, and MkDocs would warn (failing the strict build) that the
  edit URI alone is no URL; without a repository there is nothing to edit.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if config.site_url and not config.site_url.endswith("/"):
        config.site_url += "/"
    if not config.repo_url:
        config.edit_uri = None
    return config
