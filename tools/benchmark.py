"""`make bench`: measure every speed target and keep PERFORMANCE.md current.

The builds (plain, cold strict, warm strict) are timed by tools/build_time.py.
The snippet checks are timed three ways:

(a) the suite: `pytest snippets` (process start, collection, fork server and
    comparison with the recorded outputs all included);
(b) the practical limit: one process imports torch once and runs every
    snippet back to back, with no isolation and no checking;
(c) the naive way: one fresh `python snippets/<x>.py` per snippet, one after
    another. Its outputs are also compared with the recorded ones, so this is
    the exact check that every snippet, run alone, prints its .out.

With --tests, `pytest -n 2` (the whole suite on two workers) is timed once.
With --write, the figures replace the measured section of PERFORMANCE.md.

Usage: .venv/bin/python tools/benchmark.py [--repeat N] [--rounds N]
       [--naive] [--tests] [--write]
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import time
from pathlib import Path

import build_time  # tools/build_time.py, beside this script

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


PAGE = ROOT / "PERFORMANCE.md"
BEGIN = "<!-- make bench writes from here -->"
END = "<!-- to here -->"
SNIPPET_TARGET = 1.2  # (a)/(b) at most
TEST_TARGET = 120.0  # seconds of pytest on two cores, at most


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


def snippet_runs(repeat: int) -> dict[str, list[tuple]]:
    paths = snippet_files(ROOT)
    python = sys.executable
    suite = [python, "-m", "pytest", "snippets", "-q"]
    limit = [python, "-c", BACK_TO_BACK, str(ROOT), *map(str, paths)]
    # Alternate the two, so that a slower spell of the machine hits both.
    times: dict[str, list[tuple]] = {"a": [], "b": []}
    for _ in range(repeat):
        times["a"].append(build_time.timed(suite))
        times["b"].append(build_time.timed(limit))
    return times


def figures_table(
    builds: dict[str, list[tuple]],
    snippets: dict[str, list[tuple]],
    tests: tuple[float, float, str] | None,
) -> list[str]:
    med = build_time.medians
    plain_wall, plain_cpu = med(builds["plain"])
    rows = [
        "| what | wall | CPU | ratio, wall (CPU) | target |",
        "| --- | ---: | ---: | ---: | --- |",
        f"| plain build, the baseline | {plain_wall:.1f} s | {plain_cpu:.1f} s | 1 | |",
    ]
    for name, label in (
        ("cold", "`mkdocs build --strict`, fresh clone"),
        ("warm", "the same after editing one page"),
    ):
        wall, cpu = med(builds[name])
        target = build_time.TARGETS[name]
        rows.append(
            f"| {label} | {wall:.1f} s | {cpu:.1f} s | "
            f"{wall / plain_wall:.2f}x ({cpu / plain_cpu:.2f}x) | "
            f"at most {target}x {_mark(wall / plain_wall <= target)} |"
        )
    a_wall, a_cpu = med(snippets["a"])
    b_wall, b_cpu = med(snippets["b"])
    rows += [
        f"| snippets (a): `pytest snippets` | {a_wall:.1f} s | {a_cpu:.1f} s | "
        f"(a)/(b) {a_wall / b_wall:.2f} ({a_cpu / b_cpu:.2f}) | "
        f"at most {SNIPPET_TARGET} {_mark(a_wall / b_wall <= SNIPPET_TARGET)} |",
        f"| snippets (b): one process, back to back | {b_wall:.1f} s | "
        f"{b_cpu:.1f} s | | |",
    ]
    if tests is not None:
        wall, cpu, outcome = tests
        rows.append(
            f"| `make test`'s suite, `pytest -n 2` ({outcome}) | {wall:.0f} s | "
            f"{cpu:.0f} s | | at most {TEST_TARGET:.0f} s "
            f"{_mark(wall <= TEST_TARGET)} |"
        )
    return rows


def _mark(met: bool) -> str:
    return "(met)" if met else "(**missed**)"


def write_page(rows: list[str], rounds: int, repeat: int) -> None:
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    load = os.getloadavg()[0]
    section = [
        BEGIN,
        f"Measured {now} by `make bench` on {os.cpu_count()} cores (load average "
        f"{load:.1f} at the end): medians of {rounds} rounds of builds and "
        f"{repeat} alternating runs of (a) and (b). The targets are about"
        " waiting, so each is judged by its wall-time ratio. A strict build"
        " runs Node beside Python (typesetting math while the next pages are"
        " converted), so on an idle machine its wall time is below its CPU"
        " time; the CPU ratio is shown beside it, as a check that a busy"
        " spell did not skew the wall times. The snippet checks use two"
        " processes.",
        "",
        *rows,
        END,
    ]
    text = PAGE.read_text(encoding="utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    PAGE.write_text(text[:start] + "\n".join(section) + text[end:], encoding="utf-8")
    print(f"wrote the figures into {PAGE.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of (a) and (b)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of builds")
    parser.add_argument("--naive", action="store_true", help="also time (c)")
    parser.add_argument("--tests", action="store_true", help="time pytest -n 2")
    parser.add_argument("--write", action="store_true", help="update PERFORMANCE.md")
    args = parser.parse_args()

    builds = build_time.measure(args.rounds)
    print("\n".join(build_time.report(builds)))
    snippets = snippet_runs(args.repeat)
    print(f"(a)/(b) = {_ratio(snippets)}   target <= {SNIPPET_TARGET}")
    tests = None
    if args.tests:
        command = [
            sys.executable,
            "-m",
            "pytest",
            "-n",
            "2",
            "--dist",
            "loadgroup",
            "-q",
        ]
        # Timed whether or not it passes: the outcome goes in the table.
        wall, cpu, result = build_time.run_timed(command)
        summary = (result.stdout.strip().splitlines() or ["no output"])[-1]
        tests = (wall, cpu, summary.strip("= "))
        print(f"pytest -n 2: {wall:.0f} s wall, {cpu:.0f} s CPU: {tests[2]}")
    rows = figures_table(builds, snippets, tests)
    print("\n".join(rows))
    if args.naive:
        paths = snippet_files(ROOT)
        c, mismatches = naive(paths)
        print(f"(c) fresh python per snippet {c:.1f} s")
        matching = len(paths) - len(mismatches)
        print(f"fresh runs matching their .out: {matching}/{len(paths)}")
        for rel in mismatches:
            print(f"  differs: {rel}")
    if args.write:
        write_page(rows, args.rounds, args.repeat)
    if args.naive and mismatches:
        sys.exit(1)


def _ratio(snippets: dict[str, list[tuple]]) -> str:
    a_wall, a_cpu = build_time.medians(snippets["a"])
    b_wall, b_cpu = build_time.medians(snippets["b"])
    return f"{a_wall / b_wall:.2f} wall ({a_cpu / b_cpu:.2f} CPU)"


if __name__ == "__main__":
    main()
