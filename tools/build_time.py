"""Time the plain, cold and warm builds of the site, side by side.

- plain: `mkdocs build` with a config that inherits mkdocs.yml and keeps only
  the search plugin, no hooks, not strict: the same pages and theme, the
  notebooks left as plain files. The baseline the other two are measured by.
- cold: `mkdocs build --strict` in a fresh copy of the working tree, as after
  a clone: no `.cache/`.
- warm: `mkdocs build --strict` again in that copy after one page changed,
  with the cache the cold build left: what a save under `make serve` costs.

Each round makes a fresh copy (the files git tracks or would track, with
node_modules linked) and runs the three in turn, so a slow spell of the
machine hits all of them; the figures are medians. Wall time is what the
targets are about; CPU time (user + system, the build and its children) is
shown beside it because it hardly moves when other jobs share the machine.
`--compare REF` also builds the commit REF, cold and warm, in every round:
the before and after of a change, measured side by side.

Usage: .venv/bin/python tools/build_time.py [--rounds N] [--compare REF]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from doccheck.paths import MKDOCS_CONFIG, ROOT

PLAIN_CONFIG = ".mkdocs-plain.yml"  # beside mkdocs.yml in the copy: same paths
PLAIN = f"INHERIT: {MKDOCS_CONFIG}\nplugins: [search]\nhooks: []\nstrict: false\n"
EDITED_PAGE = "docs/index.md"
TARGETS = {"cold": 3.0, "warm": 1.5}  # at most this many times the plain build


def fresh_copy(dest: Path, ref: str | None = None) -> Path:
    """The working tree (or commit ``ref``) as a clone would have it."""
    dest.mkdir(parents=True)
    if ref is None:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout.decode()
        for rel in filter(None, listed.split("\0")):
            source = ROOT / rel
            if source.is_file():  # a file deleted but not yet staged is listed
                (dest / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, dest / rel)
    else:
        archive = subprocess.run(
            ["git", "archive", ref], cwd=ROOT, capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    (dest / "node_modules").symlink_to(ROOT / "node_modules")
    (dest / PLAIN_CONFIG).write_text(PLAIN, encoding="utf-8")
    return dest


def run_timed(
    command: list[str], cwd: Path = ROOT, env: dict | None = None
) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """(wall, CPU) seconds of a command, and how it ended; CPU counts the
    command and its children."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result


def timed(
    command: list[str], cwd: Path = ROOT, env: dict | None = None
) -> tuple[float, float]:
    """(wall, CPU) seconds of a command that must succeed."""
    wall, cpu, result = run_timed(command, cwd, env)
    if result.returncode != 0:
        sys.exit(
            f"{' '.join(command)} in {cwd} failed:\n"
            f"{result.stdout[-3000:]}{result.stderr[-3000:]}"
        )
    return wall, cpu


def timed_build(tree: Path, *options: str) -> tuple[float, float]:
    """(wall, CPU) seconds of one `mkdocs build`, which must succeed."""
    command = [sys.executable, "-m", "mkdocs", "build", "-q", *options]
    command += ["--site-dir", str(tree / "site")]
    # The copy's own doccheck, as `make setup` in a clone installs it:
    # otherwise the hooks' doccheck.paths.ROOT is this repository, and the
    # copy's builds would share (and warm) its .cache/math.
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(tree))
    return timed(command, cwd=tree, env=env)


def edit_one_page(tree: Path, round_: int) -> None:
    page = tree / EDITED_PAGE
    page.write_text(
        page.read_text(encoding="utf-8") + f"\nEdited for warm build {round_}.\n",
        encoding="utf-8",
    )


def measure(rounds: int, compare: str | None = None) -> dict[str, list[tuple]]:
    """{"plain"|"cold"|"warm"[|"cold REF"|"warm REF"]: [(wall, cpu), ...]}."""
    times: dict[str, list[tuple]] = {}
    with tempfile.TemporaryDirectory(prefix="build-time-") as scratch:
        for round_ in range(rounds):
            trees = [("", None)] + ([(f" {compare}", compare)] if compare else [])
            for suffix, ref in trees:
                tree = fresh_copy(Path(scratch) / f"{round_}{suffix or '-now'}", ref)
                if ref is None:
                    times.setdefault("plain", []).append(
                        timed_build(tree, "--config-file", PLAIN_CONFIG)
                    )
                times.setdefault(f"cold{suffix}", []).append(
                    timed_build(tree, "--strict")
                )
                edit_one_page(tree, round_)
                times.setdefault(f"warm{suffix}", []).append(
                    timed_build(tree, "--strict")
                )
                shutil.rmtree(tree)
            print(f"round {round_ + 1}/{rounds} done", file=sys.stderr, flush=True)
    return times


def medians(runs: list[tuple]) -> tuple[float, float]:
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def report(times: dict[str, list[tuple]]) -> list[str]:
    plain_wall, plain_cpu = medians(times["plain"])
    lines = []
    for name, runs in times.items():
        wall, cpu = medians(runs)
        target = TARGETS.get(name.split()[0]) if name != "plain" else None
        lines.append(
            f"{name:22} wall {wall:6.2f} s ({wall / plain_wall:4.2f}x)  "
            f"CPU {cpu:6.2f} s ({cpu / plain_cpu:4.2f}x)"
            + (f"  target <= {target}x" if target else "")
            + f"  runs (wall/CPU): {', '.join(f'{r[0]:.1f}/{r[1]:.1f}' for r in runs)}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--compare", metavar="REF", help="also build this commit")
    args = parser.parse_args()
    print("\n".join(report(measure(args.rounds, args.compare))))


if __name__ == "__main__":
    main()
