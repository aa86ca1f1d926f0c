"""Fixtures shared by the site tests: one strict build and one Chromium per run."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from filelock import FileLock

from doccheck.paths import ROOT
from doccheck.plugin import running_under_ci
from doccheck.site import mkdocs_build

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
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
]


@pytest.fixture(scope="session")
def browser():
    """One Chromium per test process, shared by every module that opens pages."""
    if not CHROMIUM.exists():
        message = (
            f"{CHROMIUM} not found, so the browser tests cannot run. Install "
            "Debian's chromium (sudo apt-get install chromium; `make test` does "
            "it when run as root), or point CHROMIUM= at a Chromium binary."
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


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, worker_id) -> Path:
    """The site, built once per test run and shared by all xdist workers."""
    shared = tmp_path_factory.getbasetemp()
    if worker_id != "master":
        shared = shared.parent  # the run's folder, above each worker's own
    site, report = shared / "site", shared / "site-build.json"
    with FileLock(str(shared / "site-build.lock")):
        if not report.exists():
            result = mkdocs_build(site)
            output = (result.stdout + result.stderr).splitlines()
            report.write_text(
                json.dumps({"ok": result.returncode == 0, "output": output})
            )
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
    return site


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
