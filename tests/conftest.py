"""Fixtures shared by the site tests: one strict build per test session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def mkdocs_build(site_dir: Path) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict`, exactly as a maintainer runs it."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--site-dir",
            str(site_dir),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(site)
    if result.returncode != 0:
        output = (result.stdout + result.stderr).splitlines()
        # MkDocs' ERROR and WARNING lines name the page and what is wrong; the
        # traceback after them only matters if there are none.
        reasons = [line for line in output if line.startswith(("ERROR", "WARNING"))]
        pytest.fail(
            "mkdocs build --strict failed:\n"
            + "\n".join(reasons or output[-30:])
            + "\n\nReproduce with: .venv/bin/mkdocs build --strict",
            pytrace=False,
        )
    return site
