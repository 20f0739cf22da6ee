"""Attendance printed in columns: rows whose cells the reader parts at tabs.

Kinds seen: Name | Role tables (NHS trusts), name–initials tables that print two people a
row ("Margaret Carey  MCa  Dick Noble  DN", community councils), two-column lists of
names, numbered rows ("1. Suzette Kent  Chair", "1  Dr.D. Elango  Chairman") and forms
whose labels sit in a left-hand column and wrap beside the names ("MEMBERS" … "PRESENT").
"""

from __future__ import annotations

import re

from indexer.records import Person
from indexer.structure.attendance_entries import (
    is_organisation,
    looks_like_initials,
    name_comma_role,
    name_then_office,
    names_a_role,
    people_in_list,
    person_from_entry,
    split_role,
)
from indexer.structure.attendance_labels import list_label, section_label

_COLUMN_HEADS = re.compile(
    r"(?:full )?name|role|title|job title|position|designation|organisation|organization|"
    r"representing|attendees?|members?|present|in attendance|apologies|initials|s\.? ?no\.?|no\.?|#|"
    r"attended|attendance|status|absent",
    re.IGNORECASE,
)
_NUMBER_CELL = re.compile(r"^(?:\d{1,3}[.)]?|[a-z][.)])$")
_NUMBER_PREFIX = re.compile(r"^\d{1,3}[.)]\s*(?=\S)")
# Two or more numbered entries run along one line: "1. Ms. P. Diviya 2. Dr. K. Arun 3. …".
_ENUMERATED = re.compile(r"(?:^|(?<=\s))\d{1,2}\s*\.\s*(?=[A-Z])")


def enumerated_entries(text: str) -> list[str] | None:
    """ "1. Ms. P. Diviya  2. Dr. K. Arun  3. Dr. V. Padman" → each entry; None unless the
    numbers run in sequence (so "2.2-3711a3" or a date is never split)."""
    marks = list(_ENUMERATED.finditer(text))
    if len(marks) < 2 or text[: marks[0].start()].strip():
        return None
    numbers = [int(re.match(r"\d+", m.group(0).strip()).group(0)) for m in marks]
    if any(b != a + 1 for a, b in zip(numbers, numbers[1:])):
        return None
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [text[m.end() : end].strip(" \t,;") for m, end in zip(marks, ends)]


def cells_of(text: str) -> list[str]:
    """The cells of one row, without a leading row-number cell or number prefix."""
    cells = [c.strip() for c in re.split(r"\t+", text) if c.strip()]
    while cells and _NUMBER_CELL.match(cells[0]) and len(cells) > 1:
        cells.pop(0)
    if cells:
        cells[0] = _NUMBER_PREFIX.sub("", cells[0])
    return cells


# The last cell of an attendance grid's row: "Ann Jones | Chair | Y", "Bob Brown | No",
# "Carl Lee | Apologies". A tick or an "X" is only taken off the row: which column it sits in
# (present or absent) is lost with the word positions.
_STATUS = {
    None: re.compile(r"✓|✔|x", re.IGNORECASE),
    "present": re.compile(r"y|yes|present|attended|in person|remote|virtual", re.IGNORECASE),
    "absent": re.compile(r"n|no|✗|✘|absent|did not attend", re.IGNORECASE),
    "apologies": re.compile(r"apologies|apols?\.?|sent apologies|excused|regrets", re.IGNORECASE),
}


def row_status(text: str) -> tuple[str | None, str]:
    """(the list a row's status cell names, the row without it), or (None, the row)."""
    head, tab, last = text.rstrip().rpartition("\t")
    if not tab or not head.strip():
        return None, text
    for kind, pattern in _STATUS.items():
        if pattern.fullmatch(last.strip(" .")):
            return kind, head
    return None, text


# The head of the column that holds the names: "Name", "Member", "Councillor", "Attendee".
_NAME_HEAD = re.compile(
    r"(?:full |member'?s? )?names?|members?|attendees?|councillors?|councilors?|trustees?|directors?|"
    r"governors?|commissioners?|participants?|representatives?|delegates?",
    re.IGNORECASE,
)
_ROLE_HEAD = re.compile(r"role|title|job title|position|designation|office|capacity", re.IGNORECASE)
_ORG_HEAD = re.compile(r"organi[sz]ation|representing|agency|company|body|department|affiliation", re.IGNORECASE)


def is_header_row(cells: list[str]) -> bool:
    """An NHS attendance table's header row ("Name | Role") names nobody; nor does a
    grid's "Name | Ward | Present" whose first head names the names' column."""
    if not cells:
        return False
    if all(_COLUMN_HEADS.fullmatch(c.strip(" :")) for c in cells):
        return True
    return (
        len(cells) >= 2
        and bool(_NAME_HEAD.fullmatch(cells[0].strip(" :")))
        and all(len(c.split()) <= 3 and not re.search(r"[,;()]|\d", c) for c in cells[1:])
    )


def headed_person(cells: list[str], columns: list[str], group: str | None) -> Person | None:
    """One row of a grid whose header named its columns ("Name | Organisation"): the name
    from the names' column, the role and organisation from theirs, so "Alice Moore |
    Northfield PC" is one person of an organisation, not two people."""
    if len(cells) != len(columns) or len(cells) < 2:
        return None
    at = next((n for n, head in enumerate(columns) if _NAME_HEAD.fullmatch(head.strip(" :"))), 0)
    person = person_from_entry(cells[at], group)
    if person is None:
        return None
    for n, (head, cell) in enumerate(zip(columns, cells)):
        if n == at or not cell:
            continue
        if _ORG_HEAD.fullmatch(head.strip(" :")):
            person.organisation = person.organisation or cell
        elif _ROLE_HEAD.fullmatch(head.strip(" :")) or not person.role:
            person.role = person.role or cell
    return person


def tabbed_people(text: str, group: str | None, roles: set[str], columns: list[str] | None = None) -> list[Person]:
    """The people of one tabbed row. ``roles`` gathers the role cells seen so far in the
    same table, so a row whose tab was lost ("Charles Worthington Term Board Member")
    still parts name from role; ``columns`` are the heads the table's header row gave."""
    cells = cells_of(text)
    if not cells or is_header_row(cells):
        return []
    headed = headed_person(cells, columns, group) if columns else None
    if headed:
        return [headed]
    enumerated = enumerated_entries(text.replace("\t", " "))
    if enumerated:  # "1. Ms. P. Diviya<tab>2. Dr. K. Arun 3. Dr. V. Padman"
        return [p for e in enumerated for p in [name_comma_role(e, group)] if p]
    if len(cells) >= 2 and cells[1].startswith(("·", "•", "-", "–")):
        # ModernGov: "County Councillor Ian Brown	· Lancashire County Council"
        person = person_from_entry(cells[0], group, cells[1].lstrip("·•-– ").strip())
        return [person] if person else []
    pairs = _name_initials_pairs(cells, group) or _name_role_pairs(cells, group)
    if pairs:
        return pairs
    if len(cells) >= 2 and all(_single_person(c) for c in cells):
        return [p for c in cells for p in [person_from_entry(c, group)] if p]  # two-column name lists
    if len(cells) == 2 and not re.search(r",|\band\b", cells[0]):
        person = person_from_entry(cells[0], group)
        if person:
            role, organisation = split_role(cells[1])
            person.role = person.role or role
            person.organisation = person.organisation or organisation
            if role:
                roles.add(role)
            return [person]
    if len(cells) == 1:
        for role in sorted(roles, key=len, reverse=True):
            if cells[0].endswith(" " + role):
                person = person_from_entry(cells[0][: -len(role)], group)
                if person:
                    person.role = person.role or role
                    return [person]
        if not re.search(r",|\band\b|&", cells[0]) and (person := name_then_office(cells[0], group)):
            return [person]  # "Charles Worthington Term Board Member": an office this table has not shown yet
    return people_in_list(" ".join(cells), group)


def _name_initials_pairs(cells: list[str], group: str | None) -> list[Person]:
    """ "Margaret Carey | MCa | Dick Noble | DN": each name with the initials the paper's
    action column uses for that person (kept as an alias)."""
    if len(cells) < 2 or len(cells) % 2:
        return []
    people = []
    for name, initials in zip(cells[::2], cells[1::2]):
        if not looks_like_initials(initials.strip("() ")):
            return []
        person = person_from_entry(name, group)
        if person is None:
            return []
        if person.aliases:  # "Michael Cook (SBC)": beside an initials column, the brackets name his council
            person.organisation = person.organisation or person.aliases.pop()
        person.aliases.append(initials.strip("() "))
        people.append(person)
    return people


def _name_role_pairs(cells: list[str], group: str | None) -> list[Person]:
    """ "Alice Moore | Chair | Brian Hale | Treasurer": two people a row, each with an office."""
    if len(cells) < 4 or len(cells) % 2:
        return []
    people = []
    for name, role in zip(cells[::2], cells[1::2]):
        person = person_from_entry(name, group)
        if person is None or person.role or not names_a_role(role) or names_a_role(person.name):
            return []
        person.role = role
        people.append(person)
    return people


def _single_person(cell: str) -> bool:
    person = person_from_entry(cell)
    return (
        person is not None
        and person.role is None
        and person.organisation is None
        and not is_organisation(cell)
        and len(person.name.split()) >= 2
        and not names_a_role(person.name)
        and not re.search(r",|\band\b|&", cell)
        # "Sarah Wujick | Gator Report": the second column holds what each member reports on
        and not re.search(r"\b(?:report|reports|update|minutes|agenda|business|liaison)\b", cell, re.IGNORECASE)
    )


# --- forms with the labels in a left-hand column -----------------------------------------

_CAPS_WORDS = re.compile(r"^[A-Z][A-Z&/' ]{1,30}$")


def unfold_label_column(lines: list[str], breaks: list[bool]) -> tuple[list[str], list[bool]]:
    """A form whose labels sit in a left column and wrap beside the names:

        Steve Buffington, Leonard Jarabek, Daphne      (the names, right column)
        MEMBERS                                        (the label, left column)
        Roberts, Mark Robinson                         …
        PRESENT

    Each paragraph where capitals-only label lines are interleaved with text is rebuilt
    as "MEMBERS PRESENT: Steve Buffington, …" lines; other paragraphs are left alone.
    """
    out_lines: list[str] = []
    out_breaks: list[bool] = []
    start = 0
    for end in [i for i, b in enumerate(breaks) if b and i > 0] + [len(lines)]:
        para = lines[start:end]
        rebuilt = _unfold(para)
        if rebuilt is None:
            out_lines += para
            out_breaks += breaks[start:end]
        else:
            out_lines += rebuilt
            out_breaks += [True] * len(rebuilt)
        start = end
    return out_lines, out_breaks


def _unfold(para: list[str]) -> list[str] | None:
    entries: list[list] = []  # [label words, content lines]
    wrapped = False  # a label line comes after a line of names: the label column wraps
    for raw in para:
        text = raw.strip()
        label, content = _label_and_content(text)
        if label is None and section_label(text):
            return None  # "Attendance" then "PRESENT": labels on their own lines, not a column
        if label is not None and content is None:  # a label fragment alone on its line
            wrapped = wrapped or any(e[1] for e in entries)
            if entries and not entries[-1][0]:
                entries[-1][0].append(label)
            elif entries and not _complete(entries[-1][0]) or (entries and not _complete([label])):
                entries[-1][0].append(label)
            else:
                entries.append([[label], []])
        elif label is not None:
            if entries and not entries[-1][0]:
                wrapped = True
                entries[-1][0].append(label)  # "MEMBERS PRESENT Jarabek, …" set in the middle of its names
                entries[-1][1].append(content)
            else:
                entries.append([[label], [content]])
        elif entries:
            entries[-1][1].append(text)
        else:
            entries.append([[], [text]])
    if not wrapped or any(not words for words, _ in entries):
        return None
    rebuilt = [" ".join(words) + ": " + " ".join(c.replace("\t", " ") for c in content) for words, content in entries]
    if not any(list_label(line) for line in rebuilt):
        return None
    return rebuilt


def _label_and_content(text: str) -> tuple[str | None, str | None]:
    """ "MEMBERS" → ("MEMBERS", None); "OBSERVERS<tab>Brian Stuart" → both parts;
    "MEMBERS PRESENT Jarabek, Amanda …" → the label set into its names; else (None, text)."""
    head, tab, rest = text.partition("\t")
    if _CAPS_WORDS.match(text) and not tab:
        return text, None
    if tab and _CAPS_WORDS.match(head.strip()):
        return head.strip(), rest.strip()
    inline = re.match(r"^(?P<label>[A-Z][A-Z ]{3,30}?)\s+(?=[A-Z][a-z])", text)
    if inline and list_label(inline.group("label") + ":"):
        return inline.group("label"), text[inline.end() :]
    return None, text


def _complete(words: list[str]) -> bool:
    return bool(list_label(" ".join(words) + ":"))
