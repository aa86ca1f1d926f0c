"""Publish this torch release's version of the site: `make publish`.

Builds the site with mike into the gh-pages branch of the current git
repository as version <torch> (the torch the outputs were recorded with,
snippets/recorded_with.json), titled "torch <torch>", moves the `latest`
alias to it, makes `latest` the default (mike writes the root index.html
that redirects there), and writes the root 404.html, which mike does not:
a copy of this version's 404 page, whose links are absolute (built from
SITE_URL), so it works at any missing address. Versions published before
stay as they are, under their own folder and in the version selector.

Set SITE_URL and REPO_URL first to publish for real (the workflow does);
without them the links point at http://127.0.0.1:8000/.

Usage: .venv/bin/python tools/publish.py [--branch gh-pages] [--push]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from mike import git_utils

from doccheck.paths import ROOT
from doccheck.versions import recorded_torch

ALIAS = "latest"


def mike(*args: str, config_file: Path) -> None:
    # Material's version selector is on only in builds mike publishes: they
    # alone come with the versions.json it reads (see mkdocs.yml).
    env = dict(os.environ, VERSION_PROVIDER="mike", NO_MKDOCS_2_WARNING="1")
    # mike runs `mkdocs` from PATH: make it this environment's.
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env["PATH"]])
    command = [str(Path(sys.executable).parent / "mike"), args[0], "--config-file"]
    # pymdownx.snippets finds snippets/ from the working directory.
    subprocess.run(
        [*command, str(config_file), *args[1:]], check=True, env=env, cwd=ROOT
    )


def write_root_404(branch: str, version: str) -> None:
    page = subprocess.run(
        ["git", "show", f"{branch}:{version}/404.html"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    message = f"Root 404 page from version {version}"
    with git_utils.Commit(branch, message) as commit:
        commit.add_file(git_utils.FileInfo("404.html", page))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--branch", default="gh-pages", help="default: gh-pages")
    parser.add_argument(
        "--push", action="store_true", help="push the branch to origin afterwards"
    )
    parser.add_argument("--config-file", type=Path, default=ROOT / "mkdocs.yml")
    args = parser.parse_args()

    version = recorded_torch()
    branch = ["--branch", args.branch]
    mike(
        "deploy",
        *branch,
        "--update-aliases",
        "--title",
        f"torch {version}",
        version,
        ALIAS,
        config_file=args.config_file,
    )
    mike("set-default", *branch, ALIAS, config_file=args.config_file)
    write_root_404(args.branch, version)
    if args.push:
        subprocess.run(["git", "push", "origin", args.branch], check=True)
    print(f"Published version {version} as {ALIAS!r} on branch {args.branch}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
