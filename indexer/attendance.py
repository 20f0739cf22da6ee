"""Who was there: present (with groups), apologies and absent, from the header block.

Councils print attendance as name / "· organisation" pairs under group headings
(ModernGov), as run-on paragraphs ("Cllrs Hodivala (Chairman), Hewett and Wood"), as
two-column tables (name | role) and as US roll calls ("Present: ... Absent: ...").
"""

from __future__ import annotations

import re

from indexer.names import (
    is_plural_title,
    looks_like_name,
    split_title,
    strip_postnominals,
)
from indexer.records import Attendance, Person

# Labels that open an attendance section, mapped to the list they fill and a group name.
_LABELS = [
    (r"members present|present|attendees|attendance|in attendance", "present"),
    (r"also present|also in attendance|in attendance virtually|officers present|officers|invited|guests", "present"),
    (r"apologies(?: for absence)?(?: received)?(?: from)?|apologies were received from", "apologies"),
    (r"absent|members absent|not present", "absent"),
]
LABEL_RE = re.compile(
    r"^(?P<label>" + "|".join(f"(?:{p})" for p, _ in _LABELS) + r")\s*(?::|-|–|\s)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_GROUP_WORDS = re.compile(
    r"^(members|co-opted members|other attendees|officers|in attendance|councillors|"
    r"trustees|governors|staff|observers|guests|voting members|non-voting members|"
    r"also present|invited|attendees|members of the public|present)\s*:?$",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
_ROLE_BRACKET = re.compile(r"\(([^)]*)\)")
_DASH_ROLE = re.compile(r"^(?P<name>[^–—\-]+?)\s+[–—\-]\s+(?P<role>.+)$")
_APOLOGY_SENTENCE = re.compile(
    r"apologies(?: for absence)?\s+(?:were|was|had been)?\s*(?:received|submitted|given|noted)?\s*"
    r"(?:from|by|on behalf of)\s+(?P<names>[^.]+)",
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
    if not text.strip()[len(label) :].lstrip().startswith((":", "-", "–")) and rest and rest[0].islower():
        return None
    for pattern, kind in _LABELS:
        if re.fullmatch(pattern, label, re.IGNORECASE):
            return kind, label, rest
    return None


def is_group_heading(text: str) -> bool:
    return bool(_GROUP_WORDS.match(text.strip()))


def people_in_list(text: str, group: str | None = None) -> list[Person]:
    """Split a run-on list of names into people, carrying a plural title to each."""
    text = " ".join(text.split()).strip(" .")
    people: list[Person] = []
    carried: str | None = None
    # Brackets may hold commas ("(Corporate Director Children, Young People)"): protect them.
    protected = _ROLE_BRACKET.sub(
        lambda m: "(" + m.group(1).replace(",", "\x00").replace(" and ", " \x01 ") + ")", text
    )
    for chunk in _SPLIT.split(protected):
        chunk = chunk.replace("\x00", ",").replace("\x01", "and").strip(" .:")
        if not chunk:
            continue
        if chunk.strip(".") in {"OBE", "MBE", "CBE", "JP", "MP", "DL"} and people:
            continue
        person = person_from_entry(chunk, group)
        if person is None:
            continue
        if person.title and is_plural_title(chunk.split()[0]):
            carried = person.title
        elif person.title is None and carried:
            person.title = carried
        people.append(person)
    return people


def person_from_entry(entry: str, group: str | None = None, organisation: str | None = None) -> Person | None:
    """One attendance entry: "Mr R W Gough (Chairman)", "Olive O'Sullivan – Town Clerk"."""
    entry = " ".join(entry.split()).strip(" ,;.")
    role = None
    bracket = _ROLE_BRACKET.search(entry)
    if bracket:
        role = bracket.group(1).strip() or None
        entry = (entry[: bracket.start()] + entry[bracket.end() :]).strip(" ,")
    dash = _DASH_ROLE.match(entry)
    if dash and looks_like_name(split_title(dash.group("name"))[1]):
        entry, role = dash.group("name"), dash.group("role").strip()
    title, name = split_title(entry)
    name = strip_postnominals(name)
    if not name or not looks_like_name(name):
        return None
    return Person(name=name, title=title, role=role, organisation=organisation, group=group)


def read_attendance(lines: list[str]) -> Attendance:
    """Read the header block's attendance sections from its lines (tabs mark columns)."""
    att = Attendance()
    kind: str | None = None
    group: str | None = None
    for raw in lines:
        text = raw.strip()
        if not text:
            continue
        found = label_of(text)
        if found:
            kind, label, rest = found
            group = _group_for(kind, label)
            if rest:
                _add_entries(att, kind, rest, group)
            continue
        if kind is None:
            continue
        if is_group_heading(text):
            group = text.rstrip(":").strip()
            continue
        target = getattr(att, kind)
        if text.startswith(("·", "•")) and target and target[-1].organisation is None:
            # ModernGov's HTML copy puts "· organisation" on the line below the name.
            target[-1].organisation = text.lstrip("·• ").strip()
            continue
        _add_entries(att, kind, text, group)
    return att


def _group_for(kind: str, label: str) -> str | None:
    if kind != "present":
        return None
    low = label.lower()
    if "attendance" in low or "also" in low or "invited" in low or "officer" in low:
        return label.strip().title() if "officer" in low else "In attendance"
    return None


def _add_entries(att: Attendance, kind: str, text: str, group: str | None) -> None:
    target = getattr(att, kind)
    columns = [c.strip() for c in re.split(r"\t+", text) if c.strip()]
    if len(columns) >= 2 and columns[1].startswith(("·", "•", "-", "–")):
        # ModernGov: "County Councillor Ian Brown	· Lancashire County Council"
        person = person_from_entry(columns[0], group, columns[1].lstrip("·•-– ").strip())
        if person:
            target.append(person)
        return
    if len(columns) == 2 and not re.search(r",|\band\b", columns[0]):
        person = person_from_entry(columns[0], group)
        if person:
            person.role = person.role or columns[1]
            target.append(person)
            return
    target.extend(people_in_list(" ".join(columns), group))


def apologies_in(text: str) -> list[Person]:
    """ "apologies were received from David Barrow, Tracy Smith and Dr Nicola Bamford"."""
    match = _APOLOGY_SENTENCE.search(text)
    if not match:
        return []
    return people_in_list(match.group("names"))
