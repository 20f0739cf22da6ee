"""Unnumbered headings in capitals, in papers that print no bold: "POLICE REPORT",
"TOWN WEBSITE", "BUDGET AND TAX RATES" over a town's narrative minutes (often scanned).

With no numbers and no bold, a heading is a short line in capitals at the text's left
margin (not centred like the masthead) that opens a paragraph. A capitalised line the
paper prints again and again ("ROLL CALL VOTE" under each motion) is a label: business
is named once.
"""

from __future__ import annotations

import re
from collections import Counter

from indexer.structure.attendance import is_group_heading, label_of
from indexer.structure.layout import Heading, Row
from indexer.structure.resolutions import RESOLVED

_CAPS_LINE = re.compile(r"^[A-Z][A-Z0-9 &/'’.,()#\-]{2,70}$")
_ROLL_CALL = re.compile(r"\broll call\b|\battendance\b|^present\b|^absent\b", re.IGNORECASE)


def capitals_only(rows: list[Row], skip: re.Pattern[str], log_title: re.Pattern[str]) -> list[Heading]:
    """No numbers and no bold headings: capitalised lines at the margin."""
    if any(log_title.search(r.text) for r in rows[:12]):
        return []
    return [
        Heading(i, None, title, keep_line=title != _flat(rows[i].text)) for i, title in capital_headings(rows, skip)
    ]


def capital_headings(rows: list[Row], skip: re.Pattern[str]) -> list[tuple[int, str]]:
    """(row index, title) of each capitalised heading; ``skip`` names grouping labels."""
    if len(rows) < 10:
        return []
    xs = sorted(r.line.x0 for r in rows)
    margin = xs[len(xs) // 10]
    counts = Counter(_key(r.text) for r in rows)
    found: list[tuple[int, str]] = []
    for i, row in enumerate(rows):
        # "TREASURER’s REPORT": a possessive's small s is still a line in capitals.
        text = re.sub(r"(?<=[A-Z])[’']s\b", "’S", _flat(row.text))
        # "FINANCE REPORT. The clerk reported …": a heading in capitals run into its business
        # (typed and scanned minutes); the capitals are the title, the line stays as text.
        run_in = _RUN_IN.match(text)
        if run_in and len(text) > len(run_in.group(1)) + 20:
            if re.fullmatch(r"[IVXLC]+", run_in.group(1)):
                continue  # "VIII - Date et lieu …": a section number, read by the numbering
            text = run_in.group(1)
        if len(text.split()) == 1 and text.endswith("."):
            continue  # "MACHOWSKI.": a speaker's name over what they said
        if not _CAPS_LINE.match(text) or len(text.split()) > 8 or sum(c.isalpha() for c in text) < 4:
            continue
        # The masthead ends at the attendance list: a heading may follow a short masthead.
        masthead = i < 4 and not any(label_of(r.text) for r in rows[:i])
        if row.line.x0 > margin + 40 or masthead or counts[_key(row.text)] > 1:
            continue  # centred masthead lines; a label printed under every motion
        prev = rows[i - 1].text.rstrip()
        if not (row.breaks or prev.endswith((".", ":", ";", "?", "!")) or prev.isupper()):
            continue
        if label_of(text) or is_group_heading(text) or RESOLVED.match(text) or _ROLL_CALL.search(text):
            continue
        if skip.search(text) or i + 1 >= len(rows):
            continue
        found.append((i, text))
    return found if len(found) >= 3 else []


_RUN_IN = re.compile(r"^([A-Z][A-Z0-9 &/'’,()#\-]{2,60}[A-Z)])(?:\.|\s[-–])\s+(?=[A-Z][a-z])")


def _flat(text: str) -> str:
    return " ".join(text.split()).rstrip(": ")


def _key(text: str) -> str:
    return " ".join(text.split()).rstrip(":").lower()
