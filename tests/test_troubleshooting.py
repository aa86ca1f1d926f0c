"""Errors and fixes: every entry reproduces its problem and shows the fix.

The browser tests check the other half: searching each message finds its
entry (tests/test_browser.py).
"""

from __future__ import annotations

import re

import pytest

from doccheck.paths import ROOT
from doccheck.troubleshooting import entries

MINIMUM_MESSAGES = 15


def test_the_section_covers_at_least_15_errors_and_warnings():
    messages = [e for e in entries(ROOT) if e.is_message(ROOT)]
    assert len(messages) >= MINIMUM_MESSAGES, [e.phrase for e in messages]


@pytest.mark.parametrize("entry", entries(ROOT), ids=lambda e: e.anchor)
def test_each_entry_has_a_trigger_and_a_fix(entry):
    problems = []
    for kind in ("trigger", "fix"):
        if not entry.snippets(kind):
            problems.append(f"no NN_<slug>_{kind}.py snippet is shown under it")
    if problems:
        pytest.fail(
            f"docs/{entry.page}:{entry.line}: {entry.phrase!r}: " + "; ".join(problems),
            pytrace=False,
        )


# A line where the trigger reports an error or a warning.
_REPORT = re.compile(
    r"^(?:\S+:\d+: )?\w*(?:Error|Exception|Warning)\b.*$", re.MULTILINE
)


@pytest.mark.parametrize("entry", entries(ROOT), ids=lambda e: e.anchor)
def test_an_entry_whose_trigger_reports_something_quotes_it(entry):
    """If torch rewords a message, the heading (what readers search) breaks here."""
    reports = _REPORT.findall(entry.trigger_output(ROOT))
    if reports and not entry.is_message(ROOT):
        pytest.fail(
            f"docs/{entry.page}:{entry.line}: the heading {entry.phrase!r} is not in "
            "what its trigger prints:\n  "
            + "\n  ".join(reports)
            + "\nCopy a distinctive phrase of the message into the heading.",
            pytrace=False,
        )
