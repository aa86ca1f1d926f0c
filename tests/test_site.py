"""The site builds in strict mode, so a broken link, anchor or include fails."""

from __future__ import annotations

from pathlib import Path


def test_strict_build_succeeds(built_site: Path):
    # The fixture fails with MkDocs' own messages if the build does not pass.
    assert (built_site / "index.html").is_file()
    assert (built_site / "search" / "search_index.json").is_file()


def test_mathjax_is_served_by_the_site(built_site: Path):
    assert (built_site / "assets/mathjax/tex-mml-chtml.js").is_file()
    assert list(
        (built_site / "assets/mathjax/output/chtml/fonts/woff-v2").glob("*.woff")
    )
