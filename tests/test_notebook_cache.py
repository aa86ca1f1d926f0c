"""A cached notebook page is never stale (hooks/notebook_cache.py).

A small site with one notebook is built in a temporary folder, in this
process, with the project's cache hook and template override. Between the
builds the test writes a marker into every cached page, so a page that shows
the marker came from the cache and one that does not was converted again.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import nbformat
import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from doccheck.paths import ROOT

HOOK = ROOT / "hooks" / "notebook_cache.py"
OVERRIDE = ROOT / "hooks" / "jupyter-data"
MARKER = "served-from-the-cache"


def _load_hook():
    spec = importlib.util.spec_from_file_location("notebook_cache", HOOK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    _write_notebook(tmp_path, "first version of the cell")
    shutil.copytree(OVERRIDE, tmp_path / "hooks" / "jupyter-data")
    # What hooks/notebooks.py does for the real site: the override comes first.
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "hooks" / "jupyter-data"))
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: cache test\n"
        "theme: mkdocs\n"
        "plugins:\n"
        "  - mkdocs-jupyter:\n"
        '      include: ["*.ipynb"]\n'
        "      cache: true\n"
        f"hooks:\n  - {HOOK}\n",
        encoding="utf-8",
    )
    return tmp_path


def _write_notebook(root: Path, text: str) -> None:
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_markdown_cell("# A notebook"),
        nbformat.v4.new_code_cell(f"print({text!r})"),
    ]
    nbformat.write(notebook, root / "docs" / "nb.ipynb")


def _build(root: Path) -> str:
    build(load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site")))
    return (root / "site" / "nb" / "index.html").read_text(encoding="utf-8")


def _cache_folders(root: Path) -> list[Path]:
    return sorted((root / ".cache" / "mkdocs-jupyter").iterdir())


def _mark_cached_pages(root: Path) -> None:
    """Give every cached page the marker, keeping the cache files valid JSON."""
    for entry in (root / ".cache" / "mkdocs-jupyter").rglob("*.json"):
        text = entry.read_text(encoding="utf-8")
        entry.write_text(text.replace("A notebook", MARKER), encoding="utf-8")


def test_a_cached_notebook_page_is_converted_again_when_its_inputs_change(project):
    first = _build(project)
    assert "first version of the cell" in first and MARKER not in first
    [folder] = _cache_folders(project)

    _mark_cached_pages(project)
    assert MARKER in _build(project), (
        "an unchanged notebook was not served from the cache"
    )

    # A template changes: a new cache folder, the old one removed.
    css = project / "hooks" / "jupyter-data" / "mkdocs_html" / "assets" / "index.css"
    css.write_text(
        css.read_text(encoding="utf-8") + "\n.new-rule {}\n", encoding="utf-8"
    )
    after_template = _build(project)
    assert MARKER not in after_template and ".new-rule {}" in after_template
    assert folder not in _cache_folders(project) and len(_cache_folders(project)) == 1

    # The notebook changes.
    _mark_cached_pages(project)
    _write_notebook(project, "second version of the cell")
    after_notebook = _build(project)
    assert MARKER not in after_notebook
    assert "second version of the cell" in after_notebook


def test_the_key_covers_templates_options_and_converter_versions(tmp_path, monkeypatch):
    hook = _load_hook()
    templates = tmp_path / "templates"
    (templates / "mkdocs_html").mkdir(parents=True)
    template = templates / "mkdocs_html" / "extra.j2"
    template.write_text("one", encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(templates))
    options = {"execute": False, "cache": True, "cache_dir": "a"}
    key = hook.environment_key(options)

    assert hook.environment_key({**options, "cache_dir": "b"}) == key
    assert hook.environment_key({**options, "execute": True}) != key
    template.write_text("two", encoding="utf-8")
    assert hook.environment_key(options) != key
    template.write_text("one", encoding="utf-8")
    assert hook.environment_key(options) == key

    # hooks/accessibility.py turning nbconvert's own HTML pass off.
    monkeypatch.setattr(hook.nbconvert_html, "BeautifulSoup", str)
    assert hook.environment_key(options) != key
    monkeypatch.undo()
    monkeypatch.setenv("JUPYTER_PATH", str(templates))
    assert hook.environment_key(options) == key

    real_version = hook.metadata.version
    monkeypatch.setattr(
        hook.metadata,
        "version",
        lambda name: "0.0" if name == "nbconvert" else real_version(name),
    )
    assert hook.environment_key(options) != key


def test_templates_are_compiled_once_and_render_the_same(tmp_path, monkeypatch):
    """A second exporter, with its own Jinja environment, compiles nothing."""
    import jinja2
    from nbconvert.exporters.html import HTMLExporter

    _load_hook()._share_compiled_templates()
    compiles: list[str | None] = []
    compile_template = jinja2.Environment.compile

    def counting_compile(self, source, name=None, filename=None, *args, **kwargs):
        compiles.append(name)
        return compile_template(self, source, name, filename, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counting_compile)
    (tmp_path / "docs").mkdir()
    _write_notebook(tmp_path, "same cell")
    notebook = str(tmp_path / "docs" / "nb.ipynb")
    first, _ = HTMLExporter().from_filename(notebook)
    shared = HTMLExporter._create_environment.shared_templates
    compiled = len(shared._code)
    compiles.clear()
    second, _ = HTMLExporter().from_filename(notebook)
    # Jinja compiles a template only when the bytecode cache gives it nothing.
    assert compiles == [], f"the second exporter compiled {compiles}"
    assert compiled > 0 and len(shared._code) == compiled
    assert first == second
