"""Who was there: present (with groups), apologies and absent, from the header block.

Councils print attendance as name / "· organisation" pairs under group headings
(ModernGov), as run-on paragraphs ("Cllrs Hodivala (Chairman), Hewett and Wood"), as
two-column tables (name | role) and as US roll calls ("Present: ... Absent: ...").
"""

from __future__ import annotations

import re

from indexer.records import Attendance
from indexer.structure.attendance_entries import (
    people_in_list,
    person_from_entry,
    split_role,
)
from indexer.structure.attendance_labels import (
    GROUP_LABEL,
    group_for,
    group_label,
    is_group_heading,
    label_of,
)
from indexer.structure.attendance_sentences import apologies_in, present_in
from indexer.structure.names import is_plural_title, singular_title

__all__ = [
    "apologies_in",
    "is_group_heading",
    "label_of",
    "people_in_list",
    "person_from_entry",
    "present_in",
    "read_attendance",
    "split_role",
]


def read_attendance(lines: list[str], breaks: list[bool] | None = None) -> Attendance:
    """Read the header block's attendance sections (tabs mark columns).

    A run-on list ("Panel: Professor Sir Nigel Shadbolt (Chairman), Chris Taggart
    (Openlylocal.com), …") continues over lines until a paragraph break or the next
    label, so it is gathered first and split once.
    """
    att = Attendance()
    kind: str | None = None
    group: str | None = None
    buffer: list[str] = []

    carried: str | None = None  # "Councillors: R Davies, E Williams": each a Councillor

    def flush() -> None:
        if buffer and kind:
            before = len(getattr(att, kind))
            _add_entries(att, kind, " ".join(buffer), group)
            for person in getattr(att, kind)[before:]:
                person.title = person.title or carried
        buffer.clear()

    breaks = breaks or [False] * len(lines)
    seen = prose = False
    for raw, brk in zip(lines, breaks):
        text = raw.strip()
        if seen and kind is None and len(text.split()) > 10 and not label_of(text):
            prose = True  # after prose, "Councillor Dave Yemm: …" is a report, not a group
        if brk and buffer:
            flush()
            kind = None
        if not text:
            continue
        found = label_of(text) or (None if prose else group_label(text, kind))
        if not found and GROUP_LABEL.match(text):
            flush()  # "Public Gallery: …", "Venue: …": another label ends the list
            kind = None
            continue
        if found:
            flush()
            kind, label, rest = found
            carried = singular_title(label) if is_plural_title(label) else None
            seen = True
            group = group_for(kind, label)
            if rest:
                buffer.append(rest)
            continue
        if kind is None:
            continue
        if is_group_heading(text):
            flush()
            group = text.rstrip(":").strip()
            continue
        target = getattr(att, kind)
        if text.startswith(("·", "•")) and len(buffer) == 1:
            flush()  # a text copy of ModernGov: the name alone on the line above its "· organisation"
            target = getattr(att, kind)
        if text.startswith(("·", "•")) and target and target[-1].organisation is None and not buffer:
            # ModernGov's HTML copy puts "· organisation" on the line below the name.
            target[-1].organisation = text.lstrip("·• ").strip()
            continue
        if "\t" in text and not buffer:
            _add_entries(att, kind, text, group)
            continue
        buffer.append(text)
    flush()
    return att


_COLUMN_HEADS = re.compile(
    r"(?:full )?name|role|title|job title|position|designation|organisation|organization|"
    r"representing|attendees?|members?|present|in attendance|apologies|initials",
    re.IGNORECASE,
)


def _add_entries(att: Attendance, kind: str, text: str, group: str | None) -> None:
    target = getattr(att, kind)
    columns = [c.strip() for c in re.split(r"\t+", text) if c.strip()]
    if len(columns) >= 2 and all(_COLUMN_HEADS.fullmatch(c.strip(" :")) for c in columns):
        return  # an NHS attendance table's header row ("Name | Role") names nobody
    if len(columns) >= 2 and columns[1].startswith(("·", "•", "-", "–")):
        # ModernGov: "County Councillor Ian Brown	· Lancashire County Council"
        person = person_from_entry(columns[0], group, columns[1].lstrip("·•-– ").strip())
        if person:
            target.append(person)
        return
    if len(columns) == 2 and not re.search(r",|\band\b", columns[0]):
        person = person_from_entry(columns[0], group)
        if person:
            role, organisation = split_role(columns[1])
            person.role = person.role or role
            person.organisation = person.organisation or organisation
            target.append(person)
            return
    target.extend(people_in_list(" ".join(columns), group))
