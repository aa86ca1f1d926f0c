"""Time `mkdocs build` with the notebooks and without them.

The second build uses mkdocs.yml with docs/notebooks/ excluded, its nav
section and the mkdocs-jupyter plugin removed (a temporary config file).

Usage: .venv/bin/python tools/build_time.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def without_notebooks() -> dict:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["nav"] = [entry for entry in config["nav"] if "Notebooks" not in entry]
    config["plugins"] = [p for p in config["plugins"] if p != "mkdocs-jupyter"]
    config["plugins"] = [
        p
        for p in config["plugins"]
        if not (isinstance(p, dict) and "mkdocs-jupyter" in p)
    ]
    config["exclude_docs"] = "notebooks/\n"
    return config


def build(config_file: Path) -> float:
    with tempfile.TemporaryDirectory() as site:
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "build",
                "--strict",
                "-q",
                "-f",
                str(config_file),
                "-d",
                site,
            ],
            cwd=ROOT,
            check=True,
            env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        )
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    lean = ROOT / ".mkdocs-without-notebooks.yml"  # beside mkdocs.yml: same paths
    lean.write_text(
        yaml.safe_dump(without_notebooks(), sort_keys=False), encoding="utf-8"
    )
    try:
        full, bare = [], []
        for _ in range(args.repeat):  # alternate, so a slow spell hits both
            full.append(build(ROOT / "mkdocs.yml"))
            bare.append(build(lean))
    finally:
        lean.unlink()
    print(
        f"mkdocs build, whole site:        {statistics.median(full):5.1f} s  (runs: "
        + ", ".join(f"{t:.1f}" for t in full)
        + ")"
    )
    print(
        f"mkdocs build, without notebooks: {statistics.median(bare):5.1f} s  (runs: "
        + ", ".join(f"{t:.1f}" for t in bare)
        + ")"
    )


if __name__ == "__main__":
    main()
