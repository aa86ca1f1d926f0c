"""Convert each notebook once, and again whenever anything that shapes its page changes.

mkdocs-jupyter can keep the HTML it makes of each notebook (`cache: true`),
under a key made of the notebook's bytes and the plugin's options. That key
leaves out the templates (ours in hooks/jupyter-data, mkdocs-jupyter's and
nbconvert's), the code that converts, and nbconvert's configuration files, so
a change to any of them would serve a stale page. This hook points the
plugin's `cache_dir` at `.cache/mkdocs-jupyter/<environment key>/`, the key
being a digest of all of those (`environment_key`): a change starts an empty
folder, and after each build the folders of other keys are deleted.
mkdocs-jupyter itself drops the unused entries inside the current folder.

It also makes the conversions that do run cheaper. nbconvert makes a new
Jinja environment for every exporter, and mkdocs-jupyter makes two exporters
per notebook, so the same templates were parsed and compiled into Python
twice per notebook: about 40% of the conversion time. Here every nbconvert
environment shares one Jinja bytecode cache held in memory
(`SharedCompiledTemplates`), so each template is compiled once per build.
Jinja keys that cache by the template's name, file and a checksum of its
source, and this one also by the environment settings that change the
compiled code; the pages it renders are byte for byte the same.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from importlib import metadata
from pathlib import Path

import jinja2
from jupyter_core.paths import jupyter_config_path, jupyter_path
from mkdocs.config.defaults import MkDocsConfig
from nbconvert.exporters import html as nbconvert_html
from nbconvert.exporters.templateexporter import TemplateExporter

PLUGIN = "mkdocs-jupyter"
CACHE_DIR = Path(".cache") / "mkdocs-jupyter"  # relative to mkdocs.yml

# The distributions whose code or data shapes a notebook's page.
CONVERTERS = (
    "mkdocs-jupyter",  # the plugin, its templates and its heading anchors
    "nbconvert",  # the exporters, base templates, filters and preprocessors
    "nbformat",  # reads the notebook
    "jupytext",  # reads notebooks kept as .py or .md
    "jinja2",  # renders the templates
    "markupsafe",  # escapes what the templates insert
    "mistune",  # Markdown cells to HTML
    "pygments",  # highlights the code and writes its stylesheet
    "jupyterlab-pygments",  # the JupyterLab highlighting theme
    "beautifulsoup4",  # nbconvert rewrites the HTML it made (alt text, tabindex)
    "soupsieve",  # the selectors of that rewrite
    "bleach",  # nbconvert's HTML sanitizer
    "defusedxml",  # parses headings to add their anchors
    "markdown",  # the table of contents, from the notebook as Markdown
    "traitlets",  # nbconvert's configuration
    "jupyter-core",  # where templates and configuration files are found
)
CONFIG_FILES = ("jupyter_config", "jupyter_nbconvert_config")  # .json or .py


def environment_key(plugin_config: dict) -> str:
    """A digest of everything besides the notebook that shapes its page.

    The plugin's options (all of them but the cache's own), every file in a
    folder nbconvert looks up templates in (the Jupyter data folders,
    JUPYTER_PATH included, where hooks/notebooks.py puts hooks/jupyter-data,
    and mkdocs-jupyter's own templates), nbconvert's configuration files, the
    versions of CONVERTERS and of Python, and whether nbconvert's own HTML
    pass is on.
    """
    from mkdocs_jupyter.config import settings  # after hooks/notebooks.py ran

    digest = hashlib.sha256()

    def add(label: str, data: bytes) -> None:
        digest.update(f"{label}\0{len(data)}\0".encode())
        digest.update(data)

    options = {
        k: v for k, v in plugin_config.items() if k not in ("cache", "cache_dir")
    }
    add("options", repr(sorted(options.items())).encode())
    for folder in [*jupyter_path(), settings.templates_dir]:
        for path in _files_under(Path(folder)):
            add(str(path), path.read_bytes())
    for folder in jupyter_config_path():
        for name in CONFIG_FILES:
            for path in (Path(folder) / f"{name}.json", Path(folder) / f"{name}.py"):
                if path.is_file():
                    add(str(path), path.read_bytes())
    # Whether nbconvert's own BeautifulSoup pass runs (hooks/accessibility.py
    # turns it off and adds its attributes later, to every page).
    soup = nbconvert_html.BeautifulSoup
    add("html pass", f"{soup.__module__}.{soup.__qualname__}".encode())
    for name in CONVERTERS:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "not installed"
        add(name, version.encode())
    add("python", sys.version.encode())
    return digest.hexdigest()[:20]


def _files_under(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.rglob("*") if path.is_file())


def on_config(config: MkDocsConfig) -> None:
    _share_compiled_templates()


def on_pre_build(config: MkDocsConfig) -> None:
    # After every on_config: hooks/notebooks.py has put hooks/jupyter-data on
    # JUPYTER_PATH by now. Under `mkdocs serve` this runs before each rebuild,
    # so editing a template while serving takes effect at once.
    plugin = config.plugins.get(PLUGIN)
    if plugin is None or not plugin.config["cache"]:
        return
    parent = Path(config.config_file_path).parent / CACHE_DIR
    plugin.config["cache_dir"] = str(parent / environment_key(plugin.config))


def on_post_build(config: MkDocsConfig) -> None:
    plugin = config.plugins.get(PLUGIN)
    if plugin is None or not plugin.config["cache"]:
        return
    current = Path(plugin.config["cache_dir"])
    for folder in current.parent.iterdir() if current.parent.is_dir() else []:
        if folder.is_dir() and folder != current:
            shutil.rmtree(folder, ignore_errors=True)


class SharedCompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates, kept in memory and shared by every Jinja environment.

    ``bucket.key`` names the template and its file and ``bucket.checksum``
    is a digest of its source, as in Jinja's own bytecode caches; the
    settings that change what the source compiles to are added, so two
    environments share code only when they would have compiled the same.
    """

    def __init__(self) -> None:
        self._code: dict[tuple, object] = {}

    @staticmethod
    def _key(bucket: jinja2.bccache.Bucket) -> tuple:
        env = bucket.environment
        settings = (
            env.block_start_string,
            env.block_end_string,
            env.variable_start_string,
            env.variable_end_string,
            env.comment_start_string,
            env.comment_end_string,
            env.line_statement_prefix,
            env.line_comment_prefix,
            env.trim_blocks,
            env.lstrip_blocks,
            env.newline_sequence,
            env.keep_trailing_newline,
            env.optimized,
            env.is_async,
            repr(env.autoescape),
            tuple(sorted(env.extensions)),
        )
        return bucket.key, bucket.checksum, settings

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        bucket.code = self._code.get(self._key(bucket))

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[self._key(bucket)] = bucket.code


def _share_compiled_templates() -> None:
    # nbconvert has no setting for a bytecode cache, so its one method that
    # creates environments is wrapped to give each of them the shared one.
    # MkDocs loads this file again for every `mkdocs serve` rebuild: wrap once.
    create = TemplateExporter._create_environment
    if getattr(create, "shared_templates", None) is not None:
        return
    shared = SharedCompiledTemplates()

    def _create_environment(self):
        environment = create(self)
        environment.bytecode_cache = shared
        return environment

    _create_environment.shared_templates = shared
    TemplateExporter._create_environment = _create_environment
