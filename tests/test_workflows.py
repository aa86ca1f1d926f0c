"""The GitHub Actions workflows: valid, pinned, least privilege; checked offline.

Two tools from requirements.txt do the checking: check-jsonschema against
GitHub's workflow schema (vendored in the package) and zizmor, a security
linter, with its online audits off. Both run with every proxy pointed at a
closed port, so a check that tried to reach the network would fail here
rather than quietly depend on it. The last tests break a copy of the
workflow on purpose and expect the checks to catch it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# GitHub runs both suffixes.
WORKFLOWS = sorted(
    path
    for suffix in ("*.yml", "*.yaml")
    for path in (ROOT / ".github" / "workflows").glob(suffix)
)
BIN = Path(sys.executable).parent
OFFLINE = {
    name: "http://127.0.0.1:9"
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy")
}
# "uses: owner/repo@<40 hex digits> # v1.2.3": a commit, named by its tag.
PINNED = re.compile(r"uses:\s*[\w.-]+/[\w./-]+@[0-9a-f]{40}\s+#\s*v\d+(\.\d+)*\s*$")


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, **OFFLINE)
    env.pop("GH_TOKEN", None)
    env.pop("GITHUB_TOKEN", None)
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)


def schema_problems(workflow: Path) -> str | None:
    result = _run(
        str(BIN / "check-jsonschema"),
        "--builtin-schema",
        "vendor.github-workflows",
        str(workflow),
    )
    return None if result.returncode == 0 else result.stdout + result.stderr


def zizmor_findings(workflow: Path) -> list[str]:
    """zizmor's findings of medium severity or above, one line each."""
    result = _run(
        str(BIN / "zizmor"),
        "--offline",
        "--min-severity",
        "medium",
        "--format",
        "json",
        str(workflow),
    )
    try:
        findings = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"zizmor did not run:\n{result.stderr}", pytrace=False)
    return [
        f"{finding['ident']} ({finding['determinations']['severity']}): "
        f"{finding['desc']}"
        for finding in findings
    ]


def test_there_is_a_workflow():
    assert WORKFLOWS, "no workflow in .github/workflows/"


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_workflow_matches_githubs_schema(workflow: Path):
    problems = schema_problems(workflow)
    assert problems is None, problems


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_zizmor_finds_nothing_of_medium_severity_or_above(workflow: Path):
    findings = zizmor_findings(workflow)
    assert not findings, (
        "\n".join(findings)
        + f"\nDetails: .venv/bin/zizmor --offline {workflow.relative_to(ROOT)}"
    )


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_every_action_is_pinned_to_a_commit_named_by_its_tag(workflow: Path):
    # zizmor insists on the commit; the tag beside it says which release it
    # is, and was checked against the action's own repository when pinned.
    uses = [
        line.strip()
        for line in workflow.read_text(encoding="utf-8").splitlines()
        if re.match(r"\s*(-\s*)?uses:", line)
    ]
    assert uses
    unnamed = [line for line in uses if not PINNED.search(line)]
    assert not unnamed, "pin as 'uses: owner/repo@<sha> # vX.Y.Z':\n" + "\n".join(
        unnamed
    )


def _broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    workflow = ROOT / ".github" / "workflows" / "site.yml"
    text = workflow.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is no longer in {workflow.name}: update this test"
    copy = tmp_path / "site.yml"
    copy.write_text(text.replace(old, new, 1), encoding="utf-8")
    return copy


def test_an_action_pinned_to_a_tag_fails_the_checks(tmp_path: Path):
    copy = _broken_copy(
        tmp_path,
        "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1",
        "actions/checkout@v7",
    )
    assert schema_problems(copy) is None  # valid, but not safe
    assert any(f.startswith("unpinned-uses") for f in zizmor_findings(copy))


def test_broad_permissions_fail_the_checks(tmp_path: Path):
    copy = _broken_copy(
        tmp_path,
        "    permissions:\n      contents: read # check out the code\n",
        "    permissions: write-all\n",
    )
    assert schema_problems(copy) is None
    assert any(f.startswith("excessive-permissions") for f in zizmor_findings(copy))


def test_persisted_credentials_fail_the_checks(tmp_path: Path):
    copy = _broken_copy(tmp_path, "persist-credentials: false", "fetch-depth: 1")
    assert any(f.startswith("artipacked") for f in zizmor_findings(copy))


def test_an_invalid_workflow_fails_the_schema(tmp_path: Path):
    copy = _broken_copy(tmp_path, "contents: read", "contents: everything")
    assert schema_problems(copy) is not None
