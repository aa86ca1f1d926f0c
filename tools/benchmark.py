"""Time three ways of running every snippet, and print how they compare.

(a) the suite: `pytest snippets` (process start, collection, fork server and
    comparison with the recorded outputs all included);
(b) the practical limit: one process imports torch once and runs every
    snippet back to back, with no isolation and no checking;
(c) the naive way: one fresh `python snippets/<x>.py` per snippet, one after
    another. Its outputs are also compared with the recorded ones, so this is
    the exact check that every snippet, run alone, prints its .out.

Usage: .venv/bin/python tools/benchmark.py [--repeat N] [--skip-naive]
The target is (a)/(b) <= 1.5 on a 2-core machine.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from doccheck.normalize import normalize_output
from doccheck.paths import OUTPUT_SUFFIX, ROOT
from doccheck.runner import SubprocessRunner
from doccheck.snippet import snippet_files

# (b): run every snippet in this one process, as __main__, output discarded.
BACK_TO_BACK = """
import contextlib, io, os, runpy, sys
import torch
os.chdir(sys.argv[1])
sink = io.StringIO()
for path in sys.argv[2:]:
    sys.argv[0] = path
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        try:
            runpy.run_path(path, run_name="__main__")
        except BaseException:
            pass
"""


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stdout[-3000:]}{result.stderr}")
    return elapsed


def naive(paths: list[Path]) -> tuple[float, list[str]]:
    runner = SubprocessRunner()
    mismatches = []
    start = time.perf_counter()
    for path in paths:
        result = runner.run(path, ROOT, timeout=120)
        recorded = path.with_suffix(OUTPUT_SUFFIX).read_text(encoding="utf-8")
        if normalize_output(result.output, ROOT) != recorded:
            mismatches.append(path.relative_to(ROOT).as_posix())
    return time.perf_counter() - start, mismatches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of (a) and (b)")
    parser.add_argument("--skip-naive", action="store_true", help="skip (c)")
    args = parser.parse_args()

    paths = snippet_files(ROOT)
    python = sys.executable
    suite = [python, "-m", "pytest", "snippets", "-q"]
    limit = [python, "-c", BACK_TO_BACK, str(ROOT), *map(str, paths)]
    print(f"{len(paths)} snippets, {args.repeat} run(s) each of (a) and (b)\n")

    # Alternate the two, so that a slower spell of the machine hits both.
    a, b = [], []
    for _ in range(args.repeat):
        a.append(timed(suite))
        b.append(timed(limit))
    a_med, b_med = statistics.median(a), statistics.median(b)
    print(f"(a) pytest snippets                 {a_med:7.2f} s  (runs: {_fmt(a)})")
    print(f"(b) one process, back to back       {b_med:7.2f} s  (runs: {_fmt(b)})")
    if not args.skip_naive:
        c, mismatches = naive(paths)
        print(f"(c) fresh python per snippet        {c:7.2f} s")
    print()
    print(f"(a)/(b) = {a_med / b_med:.2f}   target <= 1.5")
    if not args.skip_naive:
        print(f"(c)/(a) = {c / a_med:.1f}x slower than the suite")
        print(
            f"fresh runs matching their .out: {len(paths) - len(mismatches)}"
            f"/{len(paths)}"
        )
        for rel in mismatches:
            print(f"  differs: {rel}")
        if mismatches:
            sys.exit(1)


def _fmt(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values)


if __name__ == "__main__":
    main()
