"""Who "we" is in a committee's own report: the committee its heading names.

Residents' associations and clubs print their sub-committees' reports under the
committee's heading ("Utilities Committee", "Lake", "Social Sub-group"), written by the
committee in the first person: "We will be contacting nearby neighbours …", "We will also
plan a community workday …". Such a "we" is the committee, not the whole body, when the
heading names a group, or the report calls itself by the heading ("our lake committee"
under "Lake"); in the chair's report it is the body the chair speaks for. Anywhere else
"we" stays nobody in particular.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

_GROUP = r"(?:committee|sub-?committee|group|sub-?group|team|working party|task force|working group)"
_GROUP_WORD = re.compile(rf"\b{_GROUP}\b", re.IGNORECASE)
# What a heading adds to the group's name: "Lake Committee Report", "Social Team update".
_REPORT = re.compile(r"[\s:–-]*\b(?:reports?|updates?|minutes|notes)\b[\s:.–-]*$", re.IGNORECASE)


_CHAIRS_REPORT = re.compile(r"\b(?:chair(?:man|person|woman)?|president)['’]?s?\s+report\b", re.IGNORECASE)


def reporting_group(doc: Doc, paper_text: str, body: str | None) -> str | None:
    """The committee whose report ``doc`` (an item's text) is, named as its heading names
    it; None when the heading names no group (the whole body's "we" is no one's promise)."""
    title = section_title(doc.text, paper_text)
    if not title:
        return None
    if body and _CHAIRS_REPORT.search(title):
        return body  # the chair reports for the body: "We will do our best to have a meeting …"
    title = _REPORT.sub("", re.sub(r"^\W*(?:\d+[.\d]*|[a-z][.)])\s+", "", title)).strip(" .:–-")
    if not title or len(title.split()) > 5 or (body and title.lower() == body.lower()):
        return None
    if _GROUP_WORD.search(title):
        # "Committee Reports" heads every committee's report: it names none of them.
        return title if _GROUP_WORD.sub("", title).strip(" &/-") else None
    called = re.search(rf"\b{re.escape(title)}\s+({_GROUP})\b", doc.text, re.IGNORECASE)
    return f"{title} {called.group(1).lower()}" if called else None


def section_title(text: str, paper_text: str) -> str | None:
    """The heading printed just before ``text`` in the paper: the line before where the
    paper's text holds the first words of ``text``."""
    words = text.split()[:10]
    if len(words) < 4:
        return None
    found = re.search(r"\s+".join(re.escape(w) for w in words), paper_text)
    if not found:
        return None
    before = paper_text[: found.start()].rstrip()
    line = before.rsplit("\n", 1)[-1].strip()
    return line if 0 < len(line) <= 80 else None
