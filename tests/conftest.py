"""Fixtures shared by the site tests: one strict build and one Chromium per run."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest
from filelock import FileLock

from doccheck.paths import ROOT
from doccheck.plugin import running_under_ci
from doccheck.site import start_mkdocs_build

BUILD_TIMEOUT = 900  # seconds; a cold build takes well under a minute
# Debian's chromium-headless-shell: the Blink of chromium without the desktop
# browser around it, which is what Playwright itself runs headless; a page
# costs about half the CPU to load. Debian's full chromium is the fallback.
HEADLESS_SHELL = Path("/usr/bin/chromium-headless-shell")
CHROMIUM = Path(
    os.environ.get("CHROMIUM")
    or next(
        (p for p in (HEADLESS_SHELL, Path("/usr/bin/chromium")) if p.exists()),
        HEADLESS_SHELL,
    )
)
# Flags for a sandboxed root user on a machine with no network: without the
# background-networking ones Chromium keeps trying to reach Google's hosts.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # V8's optimizing compiler (TurboFan) off, its mid tier (Maglev) kept:
    # every page opens in a fresh renderer, which compiles axe-core (and
    # Material's bundle) again, and TurboFan's compiles on background threads
    # were paid for on the core the other worker needed and never repaid
    # within one page. The browser tests took 13% less CPU and wall time
    # (2026-11-30, PERFORMANCE.md). JavaScript means the same in every tier.
    "--js-flags=--max-opt=2",
]


@pytest.fixture(scope="session")
def browser():
    """One Chromium per test process, shared by every module that opens pages."""
    if not CHROMIUM.exists():
        message = (
            f"{CHROMIUM} not found, so the browser tests cannot run. Install "
            "Debian's chromium-headless-shell (sudo apt-get install "
            "chromium-headless-shell; `make test` does it when run as root), or "
            "point CHROMIUM= at a Chromium binary."
        )
        if running_under_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests that need the built site run last (in collection order
    otherwise), so the workers run snippets, engine and notebook tests while
    the site builds in the background instead of waiting for it."""
    items.sort(key=_needs_site)


def _needs_site(item: pytest.Item) -> bool:
    # A snippet is an item with no fixtures at all.
    return "built_site" in getattr(item, "fixturenames", ())


@pytest.fixture(scope="session")
def run_folder(tmp_path_factory, pytestconfig) -> Path:
    """A folder every xdist worker of this run shares (each worker's own
    temporary folder sits in it)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if hasattr(pytestconfig, "workerinput") else base


@pytest.fixture(scope="session", autouse=True)
def _site_build_in_background(request, run_folder):
    """Start the run's one strict build as the run starts, if any collected
    test needs the site, so it runs beside the first tests instead of keeping
    every worker that reaches a site test waiting for it. The first worker
    here starts it; a thread of that worker writes the report that
    ``built_site`` waits for. Ctrl-C, sent to the whole process group, ends
    it with the run; this worker never exits before it has ended."""
    if not any(map(_needs_site, request.session.items)):
        yield
        return
    with FileLock(str(run_folder / "site-build.lock")):
        started = run_folder / "site-build.started"
        if started.exists():
            yield
            return
        started.touch()
        build = start_mkdocs_build(run_folder / "site")

    def report() -> None:
        output, _ = build.communicate()
        partial = run_folder / "site-build.json.tmp"
        partial.write_text(
            json.dumps({"ok": build.returncode == 0, "output": output.splitlines()})
        )
        partial.replace(run_folder / "site-build.json")

    waiter = threading.Thread(target=report, daemon=True)
    waiter.start()
    try:
        yield
        # This worker is done, but others may still be waiting for the site.
        build.wait(timeout=BUILD_TIMEOUT)
    finally:
        if build.poll() is None:
            build.kill()
        waiter.join(timeout=10)


@pytest.fixture(scope="session")
def built_site(run_folder) -> Path:
    """The site, built once per test run and shared by all xdist workers."""
    report = run_folder / "site-build.json"
    deadline = time.monotonic() + BUILD_TIMEOUT
    while not report.exists():
        if time.monotonic() > deadline:
            pytest.fail(
                f"the site build did not finish in {BUILD_TIMEOUT} s",
                pytrace=False,
            )
        time.sleep(0.2)
    build = json.loads(report.read_text())
    if not build["ok"]:
        # MkDocs' ERROR and WARNING lines name the page and what is wrong; the
        # traceback after them only matters if there are none.
        output = build["output"]
        reasons = [line for line in output if line.startswith(("ERROR", "WARNING"))]
        pytest.fail(
            "mkdocs build --strict failed:\n"
            + "\n".join(reasons or output[-30:])
            + "\n\nReproduce with: .venv/bin/mkdocs build --strict",
            pytrace=False,
        )
    return run_folder / "site"


_RUN_STARTED = time.time()
METRICS = ROOT / "screenshots" / "metrics"


def pytest_terminal_summary(terminalreporter, config) -> None:
    """After the browser tests: weight, first paint and axe, page by page."""
    if hasattr(config, "workerinput") or not METRICS.is_dir():
        return
    visits = [
        json.loads(path.read_text())
        for path in sorted(METRICS.glob("*.json"))
        if path.stat().st_mtime >= _RUN_STARTED
    ]
    if not visits:
        return
    summary = ROOT / "screenshots" / "metrics.json"
    summary.write_text(json.dumps(visits, indent=1) + "\n")
    write = terminalreporter.write_line
    terminalreporter.section("page weight, first paint and accessibility")
    write(f"{len(visits)} pages; all figures in {summary.relative_to(ROOT)}")
    by_weight = sorted(visits, key=lambda v: -v["transferred_bytes"])
    write("heaviest (transferred gzipped with an empty cache; decoded):")
    shown = by_weight[:5] + by_weight[-1:] if len(by_weight) > 5 else by_weight
    for visit in shown:
        lightest = "   (lightest)" if visit is by_weight[-1] else ""
        write(
            f"  {visit['transferred_bytes'] / 1e6:5.2f} MB  "
            f"{visit['content_bytes'] / 1e6:5.2f} MB  /{visit['url']}{lightest}"
        )
    write("slowest first paint, math included (ms after navigation):")
    timed = [v for v in visits if v["first_paint_ms"] is not None]
    for visit in sorted(timed, key=lambda v: -v["first_paint_ms"])[:5]:
        write(f"  {visit['first_paint_ms']:5d} ms  /{visit['url']}")
    formulas = sum(v["math_rendered"] for v in visits)
    write(f"formulas in the HTML with JavaScript off: {formulas}")
    for scheme in ("default", "slate"):
        found = [item for v in visits for item in v["axe"].get(scheme, [])]
        failing = [item for item in found if item.startswith(("serious", "critical"))]
        write(
            f"axe (WCAG 2.1 A/AA), {scheme} scheme: {len(failing)} serious or "
            f"critical, {len(found) - len(failing)} other violation types"
        )
