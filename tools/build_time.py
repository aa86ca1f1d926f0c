"""Time `mkdocs build` with the notebooks and without them.

The second build uses mkdocs.yml with docs/notebooks/ excluded, its nav
section and the mkdocs-jupyter plugin removed (a temporary config file).

Usage: .venv/bin/python tools/build_time.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

from doccheck.paths import ROOT
from doccheck.site import mkdocs_build


def without_notebooks() -> dict:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    # hooks/notebooks.py is what lists the notebooks in the nav.
    config["hooks"] = [hook for hook in config["hooks"] if hook != "hooks/notebooks.py"]
    config["plugins"] = [
        plugin
        for plugin in config["plugins"]
        if plugin != "mkdocs-jupyter"
        and not (isinstance(plugin, dict) and "mkdocs-jupyter" in plugin)
    ]
    config["exclude_docs"] = "notebooks/\n"
    return config


def build(config_file: Path) -> float:
    with tempfile.TemporaryDirectory() as site:
        start = time.perf_counter()
        result = mkdocs_build(Path(site), config_file, root=ROOT)
        elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"mkdocs build -f {config_file.name} failed:\n{result.stderr[-3000:]}")
    return elapsed


def report(label: str, times: list[float]) -> None:
    runs = ", ".join(f"{t:.1f}" for t in times)
    print(f"mkdocs build, {label:17} {statistics.median(times):5.1f} s  (runs: {runs})")


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
    report("whole site:", full)
    report("without notebooks:", bare)


if __name__ == "__main__":
    main()
