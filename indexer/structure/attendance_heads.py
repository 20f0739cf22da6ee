"""The lines that head a part of an attendance list rather than name someone in it.

"Members<tab>Officers" (columns side by side), "Members of the board of directors:" (a group
in the clerk's own words), "Chairman: Councillor Alice Moore" above the lists, "Treasurer:
Brian Hale" inside one, "OBSERVERS<tab>Steve Marchitelli" (a label in a form's left column).
"""

from __future__ import annotations

import re

from indexer.records import Person
from indexer.structure.attendance_entries import names_a_role, people_in_list, person_from_entry
from indexer.structure.attendance_labels import group_for, is_group_heading, is_present_group, section_label

_GROUP_WORDS = re.compile(
    r"\b(?:members?|directors|trustees|governors|councillors|councilors|commissioners|officers|staff|"
    r"representatives|delegates|board|committee|council|guests|visitors|observers|public)\b",
    re.IGNORECASE,
)


def group_line(text: str) -> bool:
    """ "Members of the board of directors:", "Staff and advisers:": a short line ending in
    a colon that names a kind of attendee and no one."""
    head = text.strip()
    return (
        head.endswith(":")
        and len(head.split()) <= 8
        and bool(_GROUP_WORDS.search(head))
        and not re.search(r"\d|\b(?:were|was|is|are)\b", head)
        and not any(p.title or len(p.name.split()) >= 2 for p in people_in_list(head[:-1]))
    )


def side_by_side(text: str) -> tuple[str, str, str] | None:
    """ "Members<tab>Officers", "Present<tab>Apologies": the heads of columns printed side by
    side, read as the first column's label with the others' heads after it."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    if len(cells) < 2 or not all(is_group_heading(c) or section_label(c) for c in cells):
        return None
    kind, _ = column_head(cells[0])
    return kind, cells[0].rstrip(":").strip(), "\t".join(cells[1:])


def column_head(cell: str) -> tuple[str, str | None]:
    """The list and group a column head names: "Officers" → present, Officers; "Apologies" → apologies."""
    found = section_label(cell)
    if found and not is_group_heading(cell):
        return found[0], group_for(found[0], found[1])
    return "present", cell.rstrip(":").strip()


CHAIR_LINE = re.compile(
    r"^(?:chair(?:man|person|woman)?|convenor|convener|presiding(?: officer)?|in the chair)\s*:[^\t]+$", re.IGNORECASE
)
_OFFICE = re.compile(r"^(?P<office>[A-Z][\w .'’/-]{1,40}?)\s*:\s*(?P<name>[A-Z].{2,60})$")
_OFFICE_GLUE = {"vice", "co", "of", "the", "at", "large", "and", "&", "acting", "deputy", "past", "immediate"}


def office_line(text: str) -> Person | None:
    """ "Chair: Alice Moore", "Vice President: Tom Reyes": an office, then the one person
    holding it, a line of a list of a body's officers (not "Venue: …" nor a group)."""
    match = _OFFICE.match(text.strip())
    if not match or is_group_heading(match.group("office")) or section_label(match.group("office") + ":"):
        return None
    words = [w for w in re.split(r"[\s/-]+", match.group("office")) if w]
    if not any(names_a_role(w) for w in words) or not all(names_a_role(w) or w.lower() in _OFFICE_GLUE for w in words):
        return None
    name = match.group("name").strip(" .")
    if re.search(r",|;|\band\b|&", name):
        return None
    person = person_from_entry(name)
    if person is None or names_a_role(person.name) or not (person.title or len(person.name.split()) >= 2):
        return None
    person.role = person.role or " ".join(match.group("office").split())
    return person


def tab_label(text: str, kind: str | None) -> tuple[str, str, str] | None:
    """ "OBSERVERS<tab>Steve Marchitelli": a label in the left column of a form."""
    head, tab, rest = text.partition("\t")
    if not tab or not rest.strip():
        return None
    found = section_label(head)
    if found and not found[2]:
        return found[0], found[1], rest
    if is_group_heading(head):
        return ("present" if is_present_group(head) or kind is None else kind), head.strip(" :"), rest
    return None
