"""The version stamp: which torch and Python the outputs were recorded with.

``snippets/recorded_with.json`` is the one place the torch version is
written for code and configuration (requirements.txt pins the same torch
for pip). The site reads it through hooks/versions.py, the notebooks through
``recorded_torch``, and ``make update`` re-stamps it.
"""

from __future__ import annotations

import json
import re
import sys
from importlib import metadata
from pathlib import Path

from .paths import ROOT, SNIPPETS_DIR, VERSIONS_FILE


def versions_file(root: Path = ROOT) -> Path:
    return root / SNIPPETS_DIR / VERSIONS_FILE


def installed_versions() -> dict[str, str]:
    """torch and Python as recorded: no local build tag, Python as X.Y."""
    return {
        "python": "{}.{}".format(*sys.version_info[:2]),
        "torch": metadata.version("torch").split("+")[0],
    }


class VersionsFileError(ValueError):
    """recorded_with.json exists but is not the stamp it should be."""


def recorded_versions(root: Path = ROOT) -> dict[str, str] | None:
    """The stamp, None if there is none; VersionsFileError if unreadable."""
    path = versions_file(root)
    if not path.exists():
        return None
    rel = f"{SNIPPETS_DIR}/{VERSIONS_FILE}"
    try:
        versions = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        problem = f"is not readable JSON ({error})"
    else:
        if isinstance(versions, dict) and isinstance(versions.get("torch"), str):
            return versions
        problem = 'is not {"python": "X.Y", "torch": "X.Y.Z"}'
    raise VersionsFileError(
        f"{rel} {problem}. Restore it from git (`git checkout {rel}`), or "
        "re-record every output with `make update`, which writes it."
    )


def recorded_torch(root: Path = ROOT) -> str:
    """The torch version every recorded output was made with (X.Y.Z)."""
    recorded = recorded_versions(root)
    if recorded is None:
        raise FileNotFoundError(f"{versions_file(root)} is missing")
    return recorded["torch"]


def write_stamp(root: Path, versions: dict[str, str]) -> None:
    versions_file(root).write_text(
        json.dumps(versions, indent=2) + "\n", encoding="utf-8"
    )


# "torch X.Y.Z", "PyTorch X.Y.Z", "torch==X.Y.Z": a full version after the
# name states the version the site runs. History is written X.Y ("PyTorch
# 0.4", "since PyTorch 2.9") and is not matched.
_STATED_VERSION = re.compile(
    r"\b(?:py)?torch(?:[ \t]+|==)v?(?P<version>\d+\.\d+\.\d+)\b", re.IGNORECASE
)


def stated_versions(text: str) -> list[tuple[int, str]]:
    """(line number, version) of each statement of the current torch version."""
    return [
        (number, match["version"])
        for number, line in enumerate(text.splitlines(), start=1)
        for match in _STATED_VERSION.finditer(line)
    ]
