"""Put the recorded torch version where the site's configuration says it.

snippets/recorded_with.json is the one place it is written. This hook puts
it in ``config.extra.torch_version`` for templates, and fills in each
``{torch_version}`` that mkdocs.yml writes in site_description and copyright.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from doccheck.versions import recorded_torch

PLACEHOLDER = "{torch_version}"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    version = recorded_torch()
    config.extra["torch_version"] = version
    for key in ("site_description", "copyright"):
        if config[key]:
            config[key] = config[key].replace(PLACEHOLDER, version)
    return config
