"""hooks/accessibility.py in place of nbconvert's own BeautifulSoup pass.

The hook turns nbconvert's pass off and adds its attributes in the parse it
makes anyway (see the hook). The smallest notebook with a picture, the
smallest with a task list and the smallest of all are converted as the build converts them, with
the site's templates, once with nbconvert's pass and once without it then
through the hook; parsed, the two pages must be the same tree, attribute
for attribute.
"""

from __future__ import annotations

import os

import pytest
from bs4 import BeautifulSoup
from nbconvert.exporters import html as nbconvert_html
from test_math import load_hook

from doccheck.paths import ROOT

NOTEBOOKS = ROOT / "docs" / "notebooks"


def _chosen() -> list[str]:
    """The smallest notebook with a picture, the smallest with a task list,
    and the smallest of all: each kind of attribute, at the least cost."""
    texts = {
        path.relative_to(NOTEBOOKS).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(NOTEBOOKS.rglob("*.ipynb"))
    }
    by_size = sorted(texts, key=lambda name: len(texts[name]))
    picture = next(name for name in by_size if '"image/' in texts[name])
    task_list = next(name for name in by_size if "- [x]" in texts[name])
    return sorted({picture, task_list, by_size[0]})


@pytest.fixture(scope="module")
def hook(monkeypatch_module):
    # The site's own notebook templates come first, as hooks/notebooks.py
    # arranges for the build.
    paths = os.environ.get("JUPYTER_PATH", "").split(os.pathsep)
    monkeypatch_module.setenv(
        "JUPYTER_PATH",
        os.pathsep.join(filter(None, [str(ROOT / "hooks" / "jupyter-data"), *paths])),
    )
    return load_hook("accessibility")


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def _convert(path) -> str:
    from mkdocs_jupyter.convert import nb2html

    # The options mkdocs.yml gives mkdocs-jupyter.
    return nb2html(str(path), execute=False, include_requirejs=False)


@pytest.mark.parametrize("notebook", _chosen())
def test_a_notebook_page_is_the_same_as_with_nbconvert_s_own_pass(
    hook, monkeypatch, notebook
):
    path = NOTEBOOKS / notebook
    with_nbconvert = hook.add_missing_attributes(_convert(path))
    monkeypatch.setattr(nbconvert_html, "BeautifulSoup", hook._AsRendered)
    with_hook = hook.add_missing_attributes(_convert(path))

    assert with_hook != with_nbconvert  # nbconvert re-serializes; the hook does not
    ours, theirs = (
        BeautifulSoup(page, "html.parser") for page in (with_hook, with_nbconvert)
    )
    assert ours == theirs, f"{notebook}: the pages differ"
    # Not vacuous: the attributes are there.
    assert ours.select(".jp-Notebook div.jp-Cell-inputWrapper[tabindex='0']")
    text = path.read_text(encoding="utf-8")
    if '"image/' in text:
        assert ours.select(f"img[alt='{hook.NO_ALT}']")
    # Both sides go through the hook, so the comparison above cannot see a
    # checkbox left unnamed: each one must say its state.
    if "- [x]" in text or "- [ ]" in text:
        checkboxes = ours.select("li.task-list-item input[type='checkbox']")
        assert checkboxes, f"{notebook}: no task-list checkbox in the page"
        for checkbox in checkboxes:
            state = "done" if checkbox.has_attr("checked") else "not done"
            assert checkbox.get("aria-label") == state, (
                f"{notebook}: a task-list checkbox is not named: {checkbox}"
            )


def test_the_choice_covers_pictures_and_task_lists():
    chosen = _chosen()
    assert any(
        '"image/' in (NOTEBOOKS / name).read_text(encoding="utf-8") for name in chosen
    )
    assert any(
        "- [x]" in (NOTEBOOKS / name).read_text(encoding="utf-8") for name in chosen
    )
