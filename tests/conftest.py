"""Fixtures shared by the site tests: one strict build per test run."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from doccheck.site import mkdocs_build
from filelock import FileLock

ROOT = Path(__file__).resolve().parent.parent


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
