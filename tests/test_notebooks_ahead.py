"""Notebooks converted in a second process (hooks/notebooks_ahead.py).

Small sites with a few notebooks are built in temporary folders, in this
process, with the project's cache hook, the hook under test and the template
override. ``nb2html`` (mkdocs-jupyter's conversion) is wrapped to note which
process ran it; the child is a fork of this process, so it runs the wrapper
too.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from pathlib import Path

import mkdocs_jupyter.convert
import nbformat
import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
from processes import children

from doccheck.paths import ROOT

CACHE_HOOK = ROOT / "hooks" / "notebook_cache.py"
AHEAD_HOOK = ROOT / "hooks" / "notebooks_ahead.py"
OVERRIDE = ROOT / "hooks" / "jupyter-data"
NOTEBOOKS = ("a", "b", "c")


def _site(root: Path, hooks: list[Path], extra_hooks: str = "") -> Path:
    (root / "docs" / "notebooks").mkdir(parents=True)
    (root / "docs" / "index.md").write_text("# Home\n\nText.\n", encoding="utf-8")
    # In a folder after notebooks/, as in the real site: MkDocs reads
    # notebooks/ before it unless the hook puts the notebooks last.
    (root / "docs" / "zeta").mkdir()
    (root / "docs" / "zeta" / "page.md").write_text(
        "# Zeta\n\nText.\n", encoding="utf-8"
    )
    for name in NOTEBOOKS:
        notebook = nbformat.v4.new_notebook()
        notebook.cells = [
            nbformat.v4.new_markdown_cell(f"# Notebook {name}\n\nSome $x^2$ math."),
            nbformat.v4.new_code_cell(f"print({name!r})"),
        ]
        for number, cell in enumerate(notebook.cells):
            cell.id = f"{name}-{number}"  # the same in every site built here
        nbformat.write(notebook, root / "docs" / "notebooks" / f"{name}.ipynb")
    shutil.copytree(OVERRIDE, root / "hooks" / "jupyter-data")
    hook_lines = "".join(f"  - {hook}\n" for hook in hooks) + extra_hooks
    (root / "mkdocs.yml").write_text(
        "site_name: ahead test\n"
        "site_url: https://example.org/\n"
        "theme: mkdocs\n"
        "nav:\n"
        "  - index.md\n"
        "  - zeta/page.md\n"
        + "".join(f"  - notebooks/{name}.ipynb\n" for name in NOTEBOOKS)
        + "plugins:\n"
        "  - search\n"
        "  - mkdocs-jupyter:\n"
        '      include: ["*.ipynb"]\n'
        "      cache: true\n"
        f"hooks:\n{hook_lines}",
        encoding="utf-8",
    )
    return root


@pytest.fixture
def converters(tmp_path: Path, monkeypatch) -> Path:
    """A file that gets the pid of the process of every conversion."""
    monkeypatch.setenv("JUPYTER_PATH", str(OVERRIDE))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")  # the same build date in every build
    record = tmp_path / "converted-by"
    record.touch()
    convert = mkdocs_jupyter.convert.nb2html

    def nb2html(path, *args, **kwargs):
        with record.open("a", encoding="utf-8") as file:
            file.write(f"{os.getpid()} {Path(path).stem}\n")
        return convert(path, *args, **kwargs)

    monkeypatch.setattr(mkdocs_jupyter.convert, "nb2html", nb2html)
    return record


def _in_the_child(monkeypatch, action, stem: str | None = None) -> None:
    """Run action(path) before each conversion the child makes (of the
    notebook named stem, or of all); the build process converts as usual."""
    convert = mkdocs_jupyter.convert.nb2html
    parent = os.getpid()

    def nb2html(path, *args, **kwargs):
        if os.getpid() != parent and stem in (None, Path(path).stem):
            action(path)
        return convert(path, *args, **kwargs)

    monkeypatch.setattr(mkdocs_jupyter.convert, "nb2html", nb2html)


def _build(root: Path, strict: bool = False) -> None:
    build(
        load_config(
            str(root / "mkdocs.yml"), site_dir=str(root / "site"), strict=strict
        )
    )


def _conversions(record: Path) -> list[tuple[int, str]]:
    lines = record.read_text(encoding="utf-8").split()
    pairs = [(int(lines[i]), lines[i + 1]) for i in range(0, len(lines), 2)]
    record.write_text("", encoding="utf-8")
    return pairs


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_a_child_converts_the_notebooks_and_the_site_is_the_same(tmp_path, converters):
    ahead = _site(tmp_path / "ahead", [CACHE_HOOK, AHEAD_HOOK])
    alone = _site(tmp_path / "alone", [CACHE_HOOK])
    before = set(children(os.getpid()))

    _build(ahead)
    conversions = _conversions(converters)
    assert sorted(name for _, name in conversions) == sorted(NOTEBOOKS)
    assert all(pid != os.getpid() for pid, _ in conversions), conversions
    assert set(children(os.getpid())) <= before, "the converting child was not reaped"
    cache = next((ahead / ".cache" / "mkdocs-jupyter").iterdir())
    assert len(list(cache.glob("*.json"))) == len(NOTEBOOKS)
    assert not list(cache.glob(".converting-*")), "its folder was left behind"

    _build(alone)
    assert {pid for pid, _ in _conversions(converters)} == {os.getpid()}
    # Byte for byte, the sitemap (written in the order of the files, which
    # the hook changes while it reads the pages) and search index included.
    assert _tree(ahead / "site") == _tree(alone / "site")

    # Warm: everything is in the cache, so no child and no conversion.
    shutil.rmtree(ahead / "site")
    _build(ahead)
    assert _conversions(converters) == []
    assert _tree(ahead / "site") == _tree(alone / "site")


def test_a_warning_logged_in_the_child_fails_a_strict_build(
    tmp_path, converters, monkeypatch, caplog
):
    site = _site(tmp_path, [CACHE_HOOK, AHEAD_HOOK])
    warn = logging.getLogger("mkdocs.mkdocs-jupyter").warning
    _in_the_child(monkeypatch, lambda path: warn("odd cell in %s", path), "b")
    with (
        caplog.at_level(logging.WARNING, logger="mkdocs"),
        pytest.raises(Abort, match="1 warning"),
    ):
        _build(site, strict=True)
    warnings = [
        r
        for r in caplog.records
        if r.levelno >= logging.WARNING and r.name.startswith("mkdocs")
    ]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    [warning] = warnings
    assert warning.name == "mkdocs.mkdocs-jupyter"
    assert (
        warning.getMessage().startswith("odd cell in ")
        and "b.ipynb" in warning.getMessage()
    )


def test_a_notebook_the_child_fails_on_is_converted_by_the_build(
    tmp_path, converters, monkeypatch
):
    site = _site(tmp_path, [CACHE_HOOK, AHEAD_HOOK])

    def fail(path):
        raise RuntimeError("the child could not convert this one")

    _in_the_child(monkeypatch, fail, "b")
    _build(site)
    assert "Notebook b" in (site / "site" / "notebooks" / "b" / "index.html").read_text(
        encoding="utf-8"
    )


def test_a_broken_notebook_fails_the_build_as_without_the_hook(tmp_path, converters):
    errors = []
    for name, hooks in (("ahead", [CACHE_HOOK, AHEAD_HOOK]), ("alone", [CACHE_HOOK])):
        site = _site(tmp_path / name, hooks)
        (site / "docs" / "notebooks" / "b.ipynb").write_text(
            "{not json", encoding="utf-8"
        )
        with pytest.raises(Exception) as error:
            _build(site)
        errors.append((type(error.value), str(error.value)))
        cache = next((site / ".cache" / "mkdocs-jupyter").iterdir())
        assert not list(cache.glob(".converting-*"))
    assert errors[0] == errors[1]


FAILING_HOOK = """
from mkdocs.exceptions import PluginError

def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri == "zeta/page.md":
        raise PluginError("this page fails")
    return markdown
"""


def test_the_child_is_killed_and_reaped_when_the_build_fails(
    tmp_path, converters, monkeypatch
):
    failing = tmp_path / "failing_hook.py"
    failing.write_text(FAILING_HOOK, encoding="utf-8")
    site = _site(tmp_path / "site", [CACHE_HOOK, AHEAD_HOOK], f"  - {failing}\n")
    # Still converting when the build fails.
    _in_the_child(monkeypatch, lambda path: time.sleep(60))
    before = set(children(os.getpid()))
    with pytest.raises(Abort):
        _build(site)
    assert set(children(os.getpid())) <= before
    cache = next((site / ".cache" / "mkdocs-jupyter").iterdir())
    assert not list(cache.iterdir()), "a half-done conversion was left in the cache"


def test_a_folder_abandoned_by_a_killed_child_is_removed(tmp_path, converters):
    site = _site(tmp_path, [CACHE_HOOK, AHEAD_HOOK])
    _build(site)
    cache = next((site / ".cache" / "mkdocs-jupyter").iterdir())
    dead = os.fork()
    if dead == 0:
        os._exit(0)
    os.waitpid(dead, 0)
    abandoned = cache / f".converting-{dead}"
    abandoned.mkdir()
    (abandoned / "half.json").write_text('{"content": "hal', encoding="utf-8")
    for entry in cache.glob("*.json"):
        entry.unlink()
    _build(site)
    assert not abandoned.exists()


def test_a_child_that_stops_answering_is_stopped_and_the_build_converts(
    tmp_path, converters, monkeypatch, caplog
):
    site = _site(tmp_path, [CACHE_HOOK, AHEAD_HOOK])
    _in_the_child(monkeypatch, lambda path: time.sleep(60))
    config = load_config(str(site / "mkdocs.yml"), site_dir=str(site / "site"))
    config.hooks[str(AHEAD_HOOK)].STALLED = 0.5
    before = set(children(os.getpid()))
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        build(config)
    # The build's own warnings (a test process may hold other loggers' threads).
    warnings = [
        r.getMessage()
        for r in caplog.records
        if r.levelno >= logging.WARNING and r.name.startswith("mkdocs")
    ]
    assert len(warnings) == 1, warnings
    [warning] = warnings
    assert "said nothing for 0.5 s" in warning
    assert "notebooks/a.ipynb" in warning
    assert set(children(os.getpid())) <= before
    for name in NOTEBOOKS:
        page = site / "site" / "notebooks" / name / "index.html"
        assert f"Notebook {name}" in page.read_text(encoding="utf-8")
