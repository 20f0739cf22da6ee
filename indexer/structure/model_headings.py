"""Headings from the trained line model, for papers whose own shapes give the rules nothing.

The rules read items from what a paper shows (a numbering that runs in sequence, bold or
capital lines at the margin, run-in labels). A paper with none of those (a club's minutes
typed as plain paragraphs, a scan) still has lines a reader takes for headings: short,
set apart, opening a paragraph. The line model (``line_model.py``), trained on other bodies'
papers, gives each row its probability of being one; where the rules find fewer than two
headings, rows it is confident of become the items.
"""

from __future__ import annotations

import re

from indexer.structure.attendance import label_of
from indexer.structure.layout import Heading, Row
from indexer.structure.line_model import marginals

MIN_PROBABILITY = 0.5  # measured leave-one-body-out: 0.5 found more and lost nothing on tuned papers
_NUMBERED = re.compile(r"^(?P<num>\(?[0-9]{1,3}[a-z]?[.)]|[ivx]{1,5}[.)]|[A-Z][.)])\s+(?P<title>\S.*)$")
# "Treasurer's Report: balance is …" — the heading runs into its business.
_RUN_IN = re.compile(
    r"^(?P<t>[A-Z][\w’'/&]*(?:\s+(?:[A-Z][\w’'/&]*|of|and|the|to|for|on|&)){0,5})\s*(?::|\s[-–]\s)\s*\S"
)


def model_headings(rows: list[Row]) -> list[Heading]:
    """The rows the line model takes for headings, as items (numbered where printed so)."""
    found: list[Heading] = []
    for index, probs in enumerate(marginals(rows)):
        text = rows[index].text.strip()
        if probs.get("heading", 0.0) < MIN_PROBABILITY or not text or label_of(text):
            continue
        if found and found[-1].index == index - 1 and not rows[index].breaks:
            continue  # the second row of a wrapped title
        numbered = _NUMBERED.match(text)
        number = numbered.group("num").strip("().") if numbered else None
        title = numbered.group("title") if numbered else text
        run_in = _RUN_IN.match(title)
        keep = bool(run_in)
        title = " ".join((run_in.group("t") if run_in else title).split()).rstrip(" :.")
        if title:
            found.append(Heading(index, number, title, keep_line=keep))
    return found
