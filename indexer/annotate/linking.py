"""A decision notice and the minutes item it records: the ``same_as`` link.

ModernGov publishes each decision twice: as a "Decision details" notice and as an item of
the meeting's minutes, often weeks apart. Users want one answer, so when both are in the
index the notice points at the item: same meeting date, same body when both name one,
and an item title at least 80% similar. Matching reads only the manifest's entries, so it
costs nothing per paper in the archive beyond the papers of that one day.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from difflib import SequenceMatcher
from typing import Any

from indexer.structure.dates import first_date

TITLE_SIMILARITY = 0.8
_NON_WORD = re.compile(r"[^\w]+")


def decision_date(entry: Mapping[str, Any]) -> str | None:
    """The day a decision was taken: at a meeting when it says so, else its own date."""
    return entry.get("meeting_date") or first_date(entry.get("decided_at") or "") or entry.get("decision_date")


def find_same_as(decision: Mapping[str, Any], papers: Mapping[str, Mapping[str, Any]]) -> dict[str, str] | None:
    """The minutes item a decision records, as ``{"source", "item"}``, or None.

    ``papers`` maps source → manifest entry; the best-matching item wins, and ties go to
    the minutes that sort first so the link is the same whatever order papers arrive in.
    """
    date = decision_date(decision)
    title = _norm(decision.get("title") or "")
    if not date or not title:
        return None
    best: tuple[float, str, str] | None = None
    for source, entry in sorted(papers.items()):
        if entry.get("doc_type") == "decision" or entry.get("meeting_date") != date:
            continue
        if not _same_body(decision.get("body"), entry.get("body")):
            continue
        for number, item_title in entry.get("items") or []:
            score = SequenceMatcher(None, title, _norm(item_title)).ratio()
            if score >= TITLE_SIMILARITY and (best is None or score > best[0]):
                best = (score, source, number)
    return {"source": best[1], "item": best[2]} if best else None


def _same_body(a: str | None, b: str | None) -> bool:
    """Two meetings of one day are told apart by body when both papers name it."""
    if not a or not b:
        return True
    a, b = _norm(a), _norm(b)
    return a in b or b in a or SequenceMatcher(None, a, b).ratio() >= TITLE_SIMILARITY


def _norm(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())
