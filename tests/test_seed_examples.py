"""Every example of the tutorials the site grew from stays on the site.

The four tutorials are not in this repository: snippets/seed_examples.toml
lists their examples and the snippets that show each one now. Each snippet
named there must exist; tests/test_pages.py checks that every snippet is on
its page.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from doccheck.paths import ROOT, SNIPPETS_DIR

MANIFEST = Path(SNIPPETS_DIR) / "seed_examples.toml"


def manifest_problems(root: Path) -> list[str]:
    """What is wrong with the manifest under ``root``, each naming its line."""
    path = root / MANIFEST
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as error:
        return [f"{MANIFEST}: {error}"]
    lines = text.splitlines()

    def where(needle: str) -> str:
        number = next((i for i, line in enumerate(lines, 1) if needle in line), 0)
        return f"{MANIFEST}:{number}" if number else str(MANIFEST)

    seeds = data.get("seeds", {})
    examples = data.get("example", [])
    if not seeds or not examples:
        return [f"{MANIFEST}: needs a [seeds] table and [[example]] entries"]
    problems = []
    shown = set()
    for example in examples:
        what = example.get("what", "")
        at = where(f'"{what}"') if what else str(MANIFEST)
        if not what:
            problems.append(f"{at}: an [[example]] without a `what`")
        for seed in example.get("seeds", []) or [None]:
            if seed not in seeds:
                problems.append(f"{at}: {what!r} names no seed of [seeds]: {seed!r}")
            shown.add(seed)
        snippets = example.get("snippets", [])
        if not snippets:
            problems.append(f"{at}: {what!r} lists no snippet that shows it")
        for snippet in snippets:
            file = root / SNIPPETS_DIR / snippet
            if not (snippet.endswith(".py") and file.is_file()):
                problems.append(
                    f"{where(snippet)}: {snippet} (for {what!r}) is not a snippet "
                    "of snippets/"
                )
    for seed in sorted(set(seeds) - shown):
        problems.append(f"{where(seed)}: the seed {seed!r} has no [[example]]")
    return problems


def test_every_seed_example_names_snippets_that_exist():
    problems = manifest_problems(ROOT)
    if problems:
        pytest.fail(
            "\n".join(
                [
                    *problems,
                    "",
                    "Each example of the seed tutorials must stay on the site. If you "
                    "moved or renamed its snippet, point the entry at the new path; if "
                    "you removed it, show the example on a page again first.",
                ]
            ),
            pytrace=False,
        )


def test_a_removed_snippet_is_reported_with_its_line(tmp_path: Path):
    (tmp_path / SNIPPETS_DIR).mkdir()
    kept = tmp_path / SNIPPETS_DIR / "basics" / "page" / "01_kept.py"
    kept.parent.mkdir(parents=True)
    kept.write_text("print(1)\n", encoding="utf-8")
    (tmp_path / MANIFEST).write_text(
        '[seeds]\nfirst = "a tutorial"\nsecond = "another"\n\n'
        '[[example]]\nseeds = ["first"]\nwhat = "one thing"\n'
        'snippets = ["basics/page/01_kept.py", "basics/page/02_gone.py"]\n',
        encoding="utf-8",
    )
    assert manifest_problems(tmp_path) == [
        f"{MANIFEST}:8: basics/page/02_gone.py (for 'one thing') is not a snippet "
        "of snippets/",
        f"{MANIFEST}:3: the seed 'second' has no [[example]]",
    ]
