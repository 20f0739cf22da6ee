"""Titles of a council's numbered motions ("R2024-101 S. Kirkey, D. Yemm:" over "THAT we
pass By-Law Number 2024-22, being a By-Law to …"): the business the motion settles, as an
agenda would name it, not the mover and seconder on the heading's line.
"""

from __future__ import annotations

import re

from indexer.structure.layout import Row

MOVERS_TITLE = re.compile(r"^(?:[A-Z]\.\s?)?[A-Z][\w'’\-]+,\s*(?:[A-Z]\.\s?)?[A-Z][\w'’\-]+\s*[:;]")


def motion_title(rows: list[Row], i: int, heading: re.Pattern[str]) -> str:
    """A short title from a motion: "THAT we pass By-Law Number 2024-23, being a By-Law to
    set tax ratios …" → "By-Law 2024-23 to set tax ratios …"."""
    text = MOVERS_TITLE.sub("", rows[i].text.split(None, 1)[1] if " " in rows[i].text else "").strip()
    j = i + 1
    while len(text) < 200 and j < len(rows) and not heading.match(rows[j].text):
        text = f"{text} {rows[j].text}".strip()
        j += 1
    text = re.sub(r"^that\s+(?:we\s+|council\s+|the\s+council\s+|the\s+)?", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^(?:pass|adopt|approve|receive|accept)\s+(?=by-law)", "", text, flags=re.IGNORECASE)
    # "accept the correspondence as presented": the business is the thing received.
    text = re.sub(r"^(?:adopt|approve|receive|accept|note)\s+the\s+", "", text, flags=re.IGNORECASE)
    if re.match(r"^(?:the\s+)?meeting\s+(?:be|is|now)\s+(?:now\s+)?adjourned\b", text, re.IGNORECASE):
        return "Adjournment"  # the closing motion, as agendas name it
    text = re.sub(r"\bNumber\s+", "", text)
    text = re.sub(r",?\s+being\s+a\s+by-law\s+", " ", text, flags=re.IGNORECASE)
    text = text.split(". ")[0].strip(" .")
    # The motion's subject, not its particulars: "… accounts dated April 16 …", "… of Council
    # at its meeting held on …", "… the correspondence as presented".
    text = _MOTION_TAIL.split(text, maxsplit=1)[0].strip(" ,")
    words = text.split()
    if len(words) > 8 and " for " in " ".join(words[6:]):
        text = " ".join(words[:6]) + " " + " ".join(words[6:]).split(" for ")[0]
    text = " ".join(text.split()[:16])
    return text[:1].upper() + text[1:]


_MOTION_TAIL = re.compile(
    r"\s+(?:dated|as presented|as published|as circulated|as amended|at its meeting|held on)\b|,\s+(?:located|being|which|and that)\b"
    r"|,?\s+be\s+(?:adopted|approved|received|accepted|noted)\b"
)
