"""When a commitment is due, in the words minutes use: "by the next meeting", "by 31 March",
"before Christmas", "in January", "by the end of March", "between now and the final reading".

Kept apart from the finder so the phrases have one home; the finder asks ``due(text)`` of
the sentence a commitment came from. The phrase is returned as written (less "by"/"in"),
so "by the next meeting" gives "the next meeting" and "In February," gives "February".
"""

from __future__ import annotations

import re

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# A deadline after "by"/"before"/"no later than": a meeting, a date, the end of a period,
# a weekday or a season's event. UK papers write "31 March 2021", US "March 31, 2021".
_DEADLINE = re.compile(
    r"\b(?:by|before|no later than|ahead of|for|in time for)\s+(?P<due>"
    r"(?:the\s+)?(?:next|following|final)\s+(?:\w+\s+)?(?:meeting|reading)"
    r"|(?:the\s+)?end\s+of\s+(?:the\s+)?\w+(?:\s+\d{4})?"
    rf"|{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    r"|\d{1,2}/\d{1,2}/\d{2,4}"
    rf"|(?:next\s+)?{_WEEKDAY}"
    r"|Christmas|Easter|the summer(?: recess)?|the new year"
    r")\b",
    re.IGNORECASE,
)
# The month words and weekdays must be capitalised: "may", "march" are also verbs.
_CAPITALISED = re.compile(rf"^(?:{_MONTH}|{_WEEKDAY}|next\s+{_WEEKDAY})\b")
_WHEN = re.compile(
    r"\b(?P<when>in the new year|next week|next month|within\s+(?:\w+\s+){1,2}(?:days|weeks|months))\b"
    r"|\b(?:between now and|at) (?P<between>(?:the\s+)?(?:next|final)\s+(?:\w+\s+)?(?:meeting|reading))\b",
    re.IGNORECASE,
)
# "In February, Mr Murphy was scheduled to meet …" (Kent's member updates): a month on its own.
_IN_MONTH = re.compile(rf"\b(?:[Ii]n|[Dd]uring)\s+(?:early\s+|late\s+|mid-)?(?P<month>{_MONTH}(?:\s+\d{{4}})?)\b")


def due(text: str) -> str | None:
    """The first deadline a sentence states, or None."""
    for match in _DEADLINE.finditer(text):
        phrase = match.group("due").strip()
        if re.match(rf"(?i:{_MONTH}|{_WEEKDAY})", phrase) and not _CAPITALISED.match(phrase):
            continue
        if re.match(r"(?i:next\s+\w+day)$", phrase) and not _CAPITALISED.match(phrase):
            continue
        return phrase
    when = _WHEN.search(text)
    if when:
        return (when.group("when") or when.group("between")).strip()
    month = _IN_MONTH.search(text)
    return month.group("month") if month else None
