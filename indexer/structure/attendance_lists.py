"""The people of a gathered attendance list: a sentence, one person a line, a register
printed surname first, or a run-on list wrapped over lines.
"""

from __future__ import annotations

import re

from indexer.records import Person
from indexer.structure.attendance_entries import (
    name_comma_role,
    name_then_office,
    names_a_role,
    people_in_list,
    person_from_entry,
)
from indexer.structure.attendance_sentences import apologies_in, present_in
from indexer.structure.attendance_tables import enumerated_entries


def people_in_lines(lines: list[str], kind: str, group: str | None) -> list[Person]:
    """The people of a gathered list: a sentence, one person a line, or a run-on list."""
    text = " ".join(lines)
    if re.search(r"\b(?:were|was)\b|\bapolog", text) and re.search(r"[a-z]{3,}\s+[a-z]{3,}", text):
        said = apologies_in(text) if kind == "apologies" else present_in(text) if kind == "present" else []
        if said:
            return said
    enumerated = enumerated_entries(text)
    if enumerated:
        return [p for e in enumerated for p in [name_comma_role(e, group)] if p]
    reversed_names = [_SURNAME_FIRST.match(line.strip()) for line in lines]
    if len(lines) >= 2 and all(m and not names_a_role(m.group("given")) for m in reversed_names):
        # "Moore, Alice" / "Hale, Brian": a register printed surname first, one a line
        return [
            p
            for m in reversed_names
            for p in [person_from_entry(f"{m.group('given')} {m.group('surname')}", group)]
            if p
        ]
    if one_a_line(lines):
        return [p for line in lines for p in _line_people(line, group)]
    found = people_in_list(text, group)
    if not found and len(lines) == 1 and not re.search(r",|\band\b|&", text):
        found = [p for p in [name_then_office(text, group)] if p]  # "Carla Ruiz Board Secretary"
    return found


_SURNAME_FIRST = re.compile(
    r"^(?P<surname>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+(?P<given>[A-Z][\w'’-]+(?:\s+[A-Z]\.?)?)\.?$"
)


def one_a_line(lines: list[str]) -> bool:
    """A list printed one person a line ("Michael Fitzgerald, President" / "Gayle Hudson"),
    not a run-on list wrapped over lines (a line ending in a comma, another name after a
    comma). A line that names nobody ("Four members of the public") is let pass."""
    if len(lines) < 2 or any(re.search(r"(?:[,;&]|\band)$", line.strip()) for line in lines):
        return False
    if any(len(line) > 70 and line.count(",") >= 2 for line in lines):
        return False  # a full-width line of names is a run-on list wrapped at the margin
    named = 0
    for line in lines:
        head, *others = line.split(",")
        if any(_names_a_person(chunk) for chunk in others):
            return False
        named += _line_entry(line, None) is not None
    return named >= 2 and named * 2 >= len(lines)


def _names_a_person(chunk: str) -> bool:
    """ "Bob Buhr" or "Chief Inspector Jon Speed", not "Beacon Editor" or "Boardmember"."""
    person = person_from_entry(chunk)
    if person is None or person.organisation or names_a_role(person.name):
        return False
    return not names_a_role(chunk) or len(person.name.split()) >= 2


def _line_people(line: str, group: str | None) -> list[Person]:
    """ "Tony and Carol Lizotte of Dowling": two people on one line of a one-a-line list."""
    head = line.split(",")[0]
    if re.search(r"\s(?:and|&)\s", head):
        return people_in_list(head, group)
    person = _line_entry(line, group)
    return [person] if person else []


def _line_entry(line: str, group: str | None) -> Person | None:
    """ "Mia Ousley, Beacon Editor, City Liaison": the name, then the roles it holds."""
    head, sep, rest = line.strip().partition(",")
    person = person_from_entry(head, group)
    if person and sep and rest.strip():
        person.role = person.role or rest.strip(" .")
    return person


_NOT_NAME_LINES = re.compile(
    r"\b(?:minutes|meeting|agenda|report|business|items?|notes|welcome|introductions?|matters|declarations?)\b",
    re.IGNORECASE,
)


def lone_name(text: str) -> bool:
    """ "County Councillor Joe Wills" alone on its line, not "Meeting Minutes"."""
    person = person_from_entry(text)
    return (
        person is not None
        and person.organisation is None
        and "," not in text
        and not _NOT_NAME_LINES.search(text)
        and not names_a_role(person.name)
    )


def is_prose(text: str) -> bool:
    words = text.split()
    return len(words) >= 6 and sum(w[:1].islower() for w in words) >= 3
