"""The labels that open an attendance section ("Present:", "Apologies:", "In attendance")
and the group headings inside one ("Members", "Officers").

Kept apart from the list reader because the heading and masthead readers ask the same
question of a line: is this an attendance label rather than a heading or a venue?
"""

from __future__ import annotations

import re

from indexer.structure.attendance_entries import people_in_list

# The words that name each list. A label is one of these, alone or with the people it
# counts on either side ("Board Members Present", "Present Board Members", "Commissioners
# Present", "Absent with apologies", "Directors present"), as every kind of body writes it.
_APOLOGY_WORDS = [
    r"apologies(?: for absence)?(?: received)?(?: from)?",
    r"apologies were received from",
    r"apologies for absence received",
    r"regrets",
    r"excused",
    r"absent with apolog(?:y|ies)",
    r"leave of absence(?: approved| granted)?",
]
_ABSENT_WORDS = [
    r"absent",
    r"not present",
    r"not in attendance",
    r"not attending",
    r"missing",
    r"absentees",
    r"absent without apolog(?:y|ies)",
    r"unexcused",
]
_PRESENT_WORDS = [
    r"present",
    r"in attendance",
    r"attending",
    r"attendees",
    r"attendance",
    r"sederunt",
    r"roll call(?!\s+vot)(?: of (?:the )?(?:council|members|board|commission|directors|trustees))?",
    r"also present",
    r"also in attendance",
    r"in attendance virtually",
    r"officers",
    r"invited",
    r"guests",
]
# Who a label counts: "Board Members", "Commissioners", "Staff", "Other", "Voting".
_COUNTED = (
    r"(?:board|committee|council|commission|executive|voting|non-voting|co-opted|other|others|also|"
    r"staff|trustees?|directors?|governors?|members?|councillors?|councilors?|council ?members|"
    r"commissioners?|officers?|officials?|guests?|visitors?|observers?|invited|elected|associate|"
    r"advisory|ex[- ]officio|executive)"
)
# Longest first, so "In attendance virtually" is read whole, not as "In attendance".
_WORDS = "|".join(sorted(_APOLOGY_WORDS + _ABSENT_WORDS + _PRESENT_WORDS, key=len, reverse=True))
# "MEMBERSPRESENT": some PDFs lose the space between the words of a label.
_LABEL_GRAMMAR = rf"(?:{_COUNTED}\s*){{0,3}}(?:{_WORDS})(?:\s+{_COUNTED}){{0,3}}"
LABEL_RE = re.compile(
    r"^(?:\d{1,3}\.?\s+|roll call\s*[-–:]?\s*|\[)?(?P<label>"
    + _LABEL_GRAMMAR
    # "Present (in person): …", "In attendance (virtually): …": an aside before the colon.
    + r")(?:\s*\([^()]{1,30}\)(?=\s*:))?\s*(?::|;|-|–|\s)\s*(?P<rest>.*?)\]?$",
    re.IGNORECASE,
)
# A second label inside a line: "ROLL CALL: Council Members Present: A, B; Absent: C",
# "Directors Present: A, B. Directors Absent: C.", "…, Carl Lee; Apologies: Dee Fox".
_INLINE_LABEL = re.compile(r"(?<=[.;:])\s+(?=(?:" + _LABEL_GRAMMAR + r")\s*:\s*\S)", re.IGNORECASE)


def split_inline_labels(text: str) -> list[str]:
    """One line holding several lists, split before each label after the first."""
    parts = [p.strip() for p in _INLINE_LABEL.split(text) if p.strip()]
    if len(parts) < 2 or not re.search(r"[^\W\d]", parts[0]) or not all(LABEL_RE.match(p) for p in parts[1:]):
        return [text]  # "1. PRESENT: …": an item number is no list of its own
    parts = [p.rstrip(";,") for p in parts[:-1]] + parts[-1:]
    first = re.sub(r"^roll\s+call\s*:$", "", parts[0], flags=re.IGNORECASE)  # "ROLL CALL:" heads the lists
    return ([first] if first else []) + parts[1:]


# The labels the heading and masthead readers have always set aside (they call ``label_of``):
# widening these would change which lines are read as items, so the wider grammar above
# serves the attendance reader alone (``list_label``, ``section_label``).
_LEGACY_WORDS = [
    r"members present",
    r"present",
    r"attendees",
    r"attendance",
    r"in attendance",
    r"staff present",
    r"councillors present",
    r"sederunt",
    r"also present",
    r"also in attendance",
    r"in attendance virtually",
    r"officers present",
    r"officers",
    r"invited",
    r"guests",
    r"apologies(?: for absence)?(?: received)?(?: from)?",
    r"apologies were received from",
    r"absent",
    r"members absent",
    r"not present",
]
_LEGACY_RE = re.compile(
    r"^(?:\d{1,3}\.?\s+|roll call\s*[-–:]?\s*|\[)?(?P<label>"
    + "|".join(sorted(_LEGACY_WORDS, key=len, reverse=True))
    + r")\s*(?::|;|-|–|\s)\s*(?P<rest>.*?)\]?$",
    re.IGNORECASE,
)
# The same label alone on its line ("ATTENDANCE", "Attendees", "OTHER ATTENDEES").
# "ATTENDANCE (8pm).": an aside in brackets after the label changes nothing.
_BARE_LABEL = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,2})?\.?\s+)?(?P<label>" + _LABEL_GRAMMAR + r")\s*(?:\([^()]{1,30}\)\s*)?[:.]?$",
    re.IGNORECASE,
)
# A sentence that announces the list below it: "Roll was called and the following precinct
# committeemen were present:", "The following apologies were received:".
_LEAD_IN = re.compile(
    r"^(?P<label>.{0,120}?\b(?:were|was|are)\s+(?:also\s+)?(?P<word>present|in attendance|absent|"
    r"received|granted|excused)\b[^:.]{0,30})(?::\s*(?P<rest>.*)|\.)$",
    re.IGNORECASE,
)
_GROUP_WORDS = re.compile(
    r"^(members|co-opted members|other attendees|officers|in attendance|councillors|"
    r"trustees|governors|staff|observers|guests|visitors|voting members|non-voting members|"
    r"also present|invited|invited guests|attendees|members of the public|present)\s*:?$",
    re.IGNORECASE,
)
# Groups that are present whatever list they follow ("Absent: …" then "Visitors:").
_PRESENT_GROUPS = re.compile(
    r"^(?:other attendees|in attendance|observers|guests|visitors|also present|invited(?: guests?)?|"
    r"members of the public|attendees|present)\b",
    re.IGNORECASE,
)


def kind_of(label: str) -> str:
    """The list a label fills: "Absent with apologies" → apologies, "Missing" → absent."""
    if re.search(r"apolog|regret|excused|leave of absence|received|granted", label, re.IGNORECASE) and not re.search(
        r"without apolog|unexcused", label, re.IGNORECASE
    ):
        return "apologies"
    if re.search(r"absent|not present|not in attendance|not attending|missing|absentee", label, re.IGNORECASE):
        return "absent"
    return "present"


def label_of(text: str) -> tuple[str, str, str] | None:
    """ "Present: Cllr A" → ("present", "Present", "Cllr A"); None when not a label.

    The heading and masthead readers ask this; the attendance reader asks ``list_label``."""
    return _label_by(_LEGACY_RE, text)


def list_label(text: str) -> tuple[str, str, str] | None:
    """ "Board Members Present: …", "Regrets: …", "Missing: …", "Absent with apologies: …"."""
    return _label_by(LABEL_RE, text)


def _label_by(regex: re.Pattern[str], text: str) -> tuple[str, str, str] | None:
    match = regex.match(text.strip())
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
    return kind_of(label), label, rest


def section_label(text: str) -> tuple[str, str, str] | None:
    """Like ``label_of``, and also a label alone on its line with no colon ("ATTENDANCE",
    "OTHER ATTENDEES") or a lead-in sentence ending in a colon. Only the attendance reader
    asks this: a bare "Attendance" is also an item heading the heading reader must keep."""
    text = re.sub(r"^#+\s*", "", text.strip())  # "#Present: …": notes typed in Markdown
    bare = _BARE_LABEL.match(text)
    if bare and len(text.split()) <= 6:
        return kind_of(bare.group("label")), bare.group("label"), ""
    found = list_label(text)
    if found:
        return found
    found = _free_label(text)
    if found:
        return found
    lead = _LEAD_IN.match(text)
    if lead and re.search(r"\bfollowing\b|\bthese\b|\bbelow\b", lead.group("label"), re.IGNORECASE):
        word = lead.group("word").lower()
        kind = "apologies" if word in {"received", "granted", "excused"} else kind_of(word)
        if kind == "apologies" and not re.search(r"apolog|absence|regret|excused", lead.group("label"), re.IGNORECASE):
            return None
        return kind, lead.group("label"), lead.group("rest") or ""
    return None


# A label in the clerk's own words, ending in the word that names the list: "HOA Advisory
# Committee and HOA Members present:", "Owners in Attendance – Gale Marinelli, …", "Call to
# Order and Board Roll Call – Mark Smith, …". The words before it may be anything short.
_FREE_LABEL = re.compile(
    r"^(?P<label>(?:[A-Z#][\w&/'’-]*\s+)(?:[\w&/'’-]+\s+){0,7}?(?:present|in\s+attendance|attending|roll\s+call|"
    r"attendees|absent|apologies|regrets))\s*(?:(?::|\s[-–—]\s?)\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
_NOT_IN_LABEL = re.compile(
    r"\b(?:were|was|is|are|been|being|not|no|all|quorum|vote|voting|called|order\s+at)\b|\d", re.I
)


def _free_label(text: str) -> tuple[str, str, str] | None:
    """A short head ending in "present", "in attendance" or "roll call", then a colon
    (the list below) or a colon or dash and the people: read only when the people follow
    or the line ends at the colon, so a sentence "… members present" is no label."""
    match = _FREE_LABEL.match(text)
    if not match or _NOT_IN_LABEL.search(match.group("label")):
        return None
    rest = (match.group("rest") or "").strip()
    if match.group("rest") is None:
        return None  # no colon, no dash: "HOA Members present" alone is a sentence's end
    if rest:
        parts = [p for p in re.split(r"\s*(?:,|;|\band\b|&)\s*", rest.strip(" .,")) if p.strip()]
        named = people_in_list(rest)
        if not parts or len(named) * 3 < len(parts) * 2 or not any(len(p.name.split()) >= 2 for p in named):
            return None
    label = " ".join(match.group("label").lstrip("#").split())
    return kind_of(label), label, rest


def is_present_group(text: str) -> bool:
    return bool(_PRESENT_GROUPS.match(text.strip()))


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
    # a bulletin or article reprinted with the minutes names its own fields
    "headline",
    "publication",
    "publication date",
    "publisher",
    "source",
    "author",
    "bulletin",
    "written by",
}


def group_label(text: str, kind: str | None) -> tuple[str, str, str] | None:
    """ "Panel: …", "Staff: …", "Secretariat: …": a group of those present, named by its label."""
    match = GROUP_LABEL.match(text)
    if not match or match.group("label").lower() in _NOT_GROUPS:
        return None
    rest = match.group("rest")
    if sum(w[:1].islower() and w not in {"and", "of", "de", "van", "von"} for w in rest.split()[:8]) >= 3:
        return None  # "VOTING: Except in cases where, under the Strata Property Act, …": a rule, not a group
    people = people_in_list(rest.split(";")[0].split("(")[0] + ",")
    # "Doing business as: Paradise" names a bar: a group lists people by full name or title.
    if not people or not any(p.title or len(p.name.split()) >= 2 for p in people):
        return None
    return "present", match.group("label"), rest


def group_for(kind: str, label: str) -> str | None:
    if kind != "present":
        return None
    low = label.lower()
    if re.search(r"\b(?:were|was|are|is|following|those)\b", low) or len(low.split()) > 6:
        return None  # "On roll call the following members were present", "Those present": no group
    if not LABEL_RE.match(label + ":"):
        return label.strip()
    if "attendance" in low or "also" in low or "invited" in low or "officer" in low:
        return label.strip().title() if "officer" in low else "In attendance"
    return None
