"""Errors and fixes: every entry reproduces its problem and shows the fix,
and the index lists every entry under its heading, with what it is about.

The Kind column of docs/troubleshooting/index.md declares what each entry
is about: an error or a warning (its trigger reports it, and the heading
quotes it), or a silent trap (its trigger reports nothing). The browser
tests check the other half: searching each message finds its entry
(tests/test_browser.py).
"""

from __future__ import annotations

import posixpath

import pytest

from doccheck.paths import ROOT, SNIPPETS_DIR
from doccheck.troubleshooting import (
    ENTRY_KINDS,
    INDEX,
    KINDS,
    REPORTED,
    entries,
    index_rows,
    plain_sections,
    reports,
)

MINIMUM_MESSAGES = 15

ENTRIES = entries(ROOT)
ROWS = index_rows(ROOT)
SECTIONS = plain_sections(ROOT)


def _rows_of(entry):
    return [r for r in ROWS if (r.page, r.anchor) == (entry.page, entry.anchor)]


def _link(entry):
    """The index's link to an entry: ``backward-errors.md#scalar-outputs``."""
    page = posixpath.relpath(entry.page, posixpath.dirname(INDEX))
    return f"{page}#{entry.anchor}"


def _fail(where, problem):
    pytest.fail(f"{where}: {problem}", pytrace=False)


def test_the_section_covers_at_least_15_errors_and_warnings():
    messages = [
        e
        for e in ENTRIES
        if any(r.kind in REPORTED for r in _rows_of(e)) and e.is_message(ROOT)
    ]
    assert len(messages) >= MINIMUM_MESSAGES, [e.phrase for e in messages]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.anchor)
def test_each_entry_has_a_trigger_and_a_fix(entry):
    problems = []
    for kind in ("trigger", "fix"):
        if not entry.snippets(kind):
            problems.append(f"no NN_<slug>_{kind}.py snippet is shown under it")
    if problems:
        _fail(
            f"docs/{entry.page}:{entry.line}",
            f"{entry.phrase!r}: " + "; ".join(problems),
        )


# --- The index: every entry once, under its heading, with a known Kind --------


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.anchor)
def test_each_entry_is_in_the_index_once(entry):
    rows = _rows_of(entry)
    where = f"docs/{entry.page}:{entry.line}"
    if not rows:
        _fail(
            where,
            f"{entry.phrase!r} is not in docs/{INDEX}. Add the row\n"
            f"  | [{entry.phrase}]({_link(entry)}) | <kind> |\n"
            f"to the table of its page, with its Kind: {', '.join(ENTRY_KINDS)}.",
        )
    if len(rows) > 1:
        lines = ", ".join(f"docs/{INDEX}:{r.line}" for r in rows)
        _fail(
            where,
            f"{entry.phrase!r} is in the index {len(rows)} times ({lines}): keep one row.",
        )


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.anchor or f"line-{r.line}")
def test_each_index_row_links_an_entry_by_its_heading(row):
    where = f"docs/{INDEX}:{row.line}"
    if row.text is None:
        _fail(
            where,
            f"the first cell {row.message!r} is not one link [heading](page.md#anchor): "
            "make it the link to its entry, with the entry's heading as text.",
        )
    problems = []
    if row.kind not in KINDS:
        problems.append(
            f"its Kind {row.kind_cell!r} is not one of {', '.join(KINDS)} (a note "
            "may follow in parentheses, as in 'error (anomaly detection)'); use one "
            "of them, or teach doccheck/troubleshooting.py (KINDS) the new one"
        )
    entry = next(
        (e for e in ENTRIES if (e.page, e.anchor) == (row.page, row.anchor)), None
    )
    section = next(
        (s for s in SECTIONS if (s.page, s.anchor) == (row.page, row.anchor)), None
    )
    if entry is None and section is None:
        problems.append(
            f"it links {row.page}#{row.anchor}, and docs/{row.page} has no heading "
            "with that anchor: link the entry's { #anchor }, or restore the entry"
        )
    elif row.kind == "technique" and entry is not None:
        problems.append(
            f"it links the entry at docs/{entry.page}:{entry.line}, but a technique "
            "is a section without an explicit anchor: give the entry its Kind "
            f"({', '.join(ENTRY_KINDS)})"
        )
    elif row.kind != "technique" and entry is None:
        problems.append(
            f"it links docs/{section.page}:{section.line}, {section.title!r}, a heading "
            "without an explicit { #anchor }, which is not an entry: link an entry, "
            "or make this row's Kind technique if the section is one"
        )
    heading = entry.phrase if entry else section.title if section else None
    target = entry or section
    if heading is not None and row.text != heading:
        problems.append(
            f"its link text {row.text!r} differs from the heading at "
            f"docs/{target.page}:{target.line}, {heading!r}: make them the same "
            "(the heading quotes the message readers search for)"
        )
    if problems:
        _fail(where, f"the row of {row.text!r}:\n  " + ";\n  ".join(problems) + ".")


def test_a_report_is_found_anywhere_in_a_line():
    """What counts as the trigger reporting an error or a warning."""
    output = "\n".join(
        [
            "step 0: ok",
            "step 1: RuntimeError: Trying to backward",
            "torch.OutOfMemoryError: CUDA out of memory",
            "x.py:8: UserWarning: Error detected in PowBackward0",
            "  return fn(*args)  # the warning's source line: no report",
        ]
    )
    found = [(r.line, r.name, r.text) for r in reports(output)]
    assert found == [
        (2, "RuntimeError", "RuntimeError: Trying to backward"),
        (3, "torch.OutOfMemoryError", "torch.OutOfMemoryError: CUDA out of memory"),
        (4, "UserWarning", "UserWarning: Error detected in PowBackward0"),
    ]
    assert [r.is_a("error") for r in reports(output)] == [True, True, False]


# --- What each entry's trigger reports, by its declared Kind ------------------


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.anchor)
def test_an_entry_quotes_what_its_trigger_reports(entry):
    """If torch rewords a message, or stops reporting it, the heading (what
    readers search) breaks here."""
    where = f"docs/{entry.page}:{entry.line}"
    rows = _rows_of(entry)
    if not rows:
        _fail(
            where,
            f"{entry.phrase!r} has no row in docs/{INDEX}, so nothing declares "
            "whether it is an error, a warning or a silent trap: add its row.",
        )
    row = rows[0]
    declared = f"declared {row.kind_cell!r} at docs/{INDEX}:{row.line}"
    if row.kind not in ENTRY_KINDS:
        _fail(
            where,
            f"{entry.phrase!r} is {declared}, but an entry is an error, a warning "
            "or silent: correct its Kind.",
        )
    problems = []
    for out in entry.outputs("trigger"):
        path = ROOT / SNIPPETS_DIR / out
        if not path.exists():
            problems.append(
                f"snippets/{out} does not exist: record the trigger's output"
            )
            continue
        found = reports(path.read_text(encoding="utf-8"))
        if row.kind == "silent":
            problems += [
                f"snippets/{out}:{r.line} reports {r.text!r}; if torch now raises "
                "or warns here, quote the message in the heading and the index, and "
                "make its Kind error or warning"
                for r in found
            ]
            continue
        names = " or ".join(f"...{ending}:" for ending in REPORTED[row.kind])
        found = [r for r in found if r.is_a(row.kind)]
        if not found:
            problems.append(
                f"snippets/{out} has no {names} line, so nothing reports the "
                f"{row.kind}; if torch no longer reports it, make the trigger "
                "report it again, or, if the entry is now a silent trap, make its "
                "Kind silent and name the symptom in the heading and the index"
            )
        elif not any(entry.phrase in r.text for r in found):
            problems.append(
                f"the heading is not in what snippets/{out} reports:\n    "
                + "\n    ".join(f"snippets/{out}:{r.line}: {r.text}" for r in found)
                + "\n  Copy a distinctive phrase of the message into the heading "
                f"and the index's link text (docs/{INDEX}:{row.line})"
            )
    if problems:
        _fail(
            where,
            f"{entry.phrase!r} ({declared}):\n  " + "\n  ".join(problems) + ".",
        )
