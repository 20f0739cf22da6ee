"""The labels that open an attendance section ("Present:", "Apologies:", "In attendance")
and the group headings inside one ("Members", "Officers").

Kept apart from the list reader because the heading and masthead readers ask the same
question of a line: is this an attendance label rather than a heading or a venue?
"""

from __future__ import annotations

import re

from indexer.structure.attendance_entries import people_in_list

# Labels that open an attendance section, mapped to the list they fill and a group name.
_LABELS = [
    # "Sederunt": the Scottish roll of members present.
    (
        r"members present|present|attendees|attendance|in attendance|staff present|councillors present|sederunt",
        "present",
    ),
    (r"also present|also in attendance|in attendance virtually|officers present|officers|invited|guests", "present"),
    (r"apologies(?: for absence)?(?: received)?(?: from)?|apologies were received from", "apologies"),
    (r"absent|members absent|not present", "absent"),
]
_ALTERNATIVES = sorted((alt for pattern, _ in _LABELS for alt in pattern.split("|")), key=len, reverse=True)
LABEL_RE = re.compile(
    r"^(?:\d{1,3}\.?\s+|roll call\s*[-–:]?\s*|\[)?(?P<label>"
    + "|".join(_ALTERNATIVES)
    + r")\s*(?::|;|-|–|\s)\s*(?P<rest>.*?)\]?$",
    re.IGNORECASE,
)
_GROUP_WORDS = re.compile(
    r"^(members|co-opted members|other attendees|officers|in attendance|councillors|"
    r"trustees|governors|staff|observers|guests|voting members|non-voting members|"
    r"also present|invited|attendees|members of the public|present)\s*:?$",
    re.IGNORECASE,
)


def label_of(text: str) -> tuple[str, str, str] | None:
    """ "Present: Cllr A" → ("present", "Present", "Cllr A"); None when not a label."""
    match = LABEL_RE.match(text.strip())
    if not match:
        return None
    label = match.group("label")
    rest = match.group("rest").strip()
    # "Present at the meeting were ..." is prose; a label is short or ends with ":".
    after = text.strip()[match.end("label") :].lstrip()
    if not after.startswith((":", ";", "-", "–")) and rest and rest[0].islower():
        return None
    if re.fullmatch(r"none\.?|nil\.?|n/a", rest, re.IGNORECASE):
        rest = ""
    for pattern, kind in _LABELS:
        if re.fullmatch(pattern, label, re.IGNORECASE):
            return kind, label, rest
    return None


def is_group_heading(text: str) -> bool:
    return bool(_GROUP_WORDS.match(text.strip()))


GROUP_LABEL = re.compile(r"^(?P<label>[A-Z][A-Za-z]+(?: [A-Za-z]+){0,2})\s*:\s*(?P<rest>\S.*)$")
_NOT_GROUPS = {
    "venue",
    "date",
    "time",
    "location",
    "place",
    "title",
    "subject",
    "note",
    "notes",
    "chair",
    "minutes",
    "public gallery",
}


def group_label(text: str, kind: str | None) -> tuple[str, str, str] | None:
    """ "Panel: …", "Staff: …", "Secretariat: …": a group of those present, named by its label."""
    match = GROUP_LABEL.match(text)
    if not match or match.group("label").lower() in _NOT_GROUPS:
        return None
    rest = match.group("rest")
    if not people_in_list(rest.split(";")[0].split("(")[0] + ","):
        return None
    return "present", match.group("label"), rest


def group_for(kind: str, label: str) -> str | None:
    if kind != "present":
        return None
    low = label.lower()
    if not LABEL_RE.match(label + ":"):
        return label.strip()
    if "attendance" in low or "also" in low or "invited" in low or "officer" in low:
        return label.strip().title() if "officer" in low else "In attendance"
    return None
