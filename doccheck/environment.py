"""Checks on where the suite runs, made before any snippet runs."""

from __future__ import annotations

import os
from pathlib import Path

from .paths import SNIPPETS_DIR, VERSIONS_FILE
from .versions import VersionsFileError, installed_versions, recorded_versions

UPDATE_COMMAND = "make update"  # what the README tells maintainers to run


def running_under_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


REFUSE_UPDATE_UNDER_CI = (
    "--update-outputs refuses to run under CI (the CI environment "
    "variable is set): recorded outputs change only when a person has "
    "read the diff. Run it on your machine and commit the .out files."
)


def version_mismatch(root: Path) -> str | None:
    """Why the recorded outputs cannot be checked here, or None if they can."""
    try:
        recorded = recorded_versions(root)
    except VersionsFileError as error:
        return str(error)
    current = installed_versions()
    if recorded is None:
        return (
            f"{SNIPPETS_DIR}/{VERSIONS_FILE} is missing: it records the torch and "
            f"Python versions the outputs were made with. Run `{UPDATE_COMMAND}` "
            "to record outputs and create it."
        )
    if recorded != current:
        return (
            f"The recorded outputs were made with torch {recorded.get('torch')} on "
            f"Python {recorded.get('python')}, but this is torch {current['torch']} "
            f"on Python {current['python']}. Their outputs would differ in many "
            "small ways, so no snippet was run. Either install the pinned "
            f"versions (`make setup`), or re-record with `{UPDATE_COMMAND}` and "
            "read `git diff snippets/` before committing."
        )
    return None


def runs_snippets(root: Path, invocation_dir: Path, args: list[str]) -> bool:
    """Do the paths pytest was given include any snippet?"""
    snippets = (root / SNIPPETS_DIR).resolve()
    for arg in args:
        path = (invocation_dir / arg.split("::")[0]).resolve()
        if path == snippets or snippets in path.parents or path in snippets.parents:
            return True
    return False
