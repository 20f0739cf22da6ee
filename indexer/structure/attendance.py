"""Who was there: present (with groups), apologies and absent, from the header block.

Councils print attendance as name / "· organisation" pairs under group headings
(ModernGov), as run-on paragraphs ("Cllrs Hodivala (Chairman), Hewett and Wood"), as
two-column tables (name | role) and as US roll calls ("Present: ... Absent: ...").
"""

from __future__ import annotations

import re

from indexer.records import Attendance, Person
from indexer.structure.attendance_entries import (
    name_comma_role,
    name_then_office,
    names_a_role,
    people_in_list,
    person_from_entry,
    roll_call_entry,
    split_role,
)
from indexer.structure.attendance_labels import (
    GROUP_LABEL,
    group_for,
    group_label,
    is_group_heading,
    is_present_group,
    label_of,
    list_label,
    section_label,
    split_inline_labels,
)
from indexer.structure.attendance_rosters import all_present, opened_by, unlabelled_roll
from indexer.structure.attendance_sentences import apologies_in, opening_roll, present_in
from indexer.structure.attendance_tables import (
    cells_of,
    enumerated_entries,
    is_header_row,
    row_status,
    tabbed_people,
    unfold_label_column,
)
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
    label, so it is gathered first and split once; a list of one person a line is read a
    line at a time.
    """
    lines, breaks = unfold_label_column(lines, breaks or [False] * len(lines))
    split = [
        (part, brk or n > 0) for line, brk in zip(lines, breaks) for n, part in enumerate(split_inline_labels(line))
    ]
    lines, breaks = [t for t, _ in split], [b for _, b in split]
    reader = _Sections()
    for raw, brk in zip(lines, breaks):
        reader.feed(raw, brk)
    reader.end_section()
    if reader.att.present == [reader.chair] and any(
        re.fullmatch(r"(?:meeting\s+)?agenda", ln.strip(), re.I) for ln in lines
    ):
        reader.att.present = []  # an agenda's "Chair: …" names who will chair, not who came
    roster = all_present(lines) if not reader.labelled else []
    if roster:
        reader.att.present = roster  # "(all members present)" beats "Manager: Karen Suri" under a licence
    if reader.att.present:
        reader.att.present += _also_present(lines, breaks, _names(reader.att.present))
    else:
        reader.att.present = unlabelled_roll(lines, breaks) or opening_roll(" ".join(lines)) or opened_by(lines)
    return reader.att


def _also_present(lines: list[str], breaks: list[bool], known: set[str]) -> list[Person]:
    """ "Also present was Kiko Fernandez-Reyes as a newly elected board member": a paragraph
    of its own after the list, which the list reader has closed by then."""
    paragraphs: list[str] = []
    for line, brk in zip(lines, breaks):
        if brk or not paragraphs:
            paragraphs.append(line.strip())
        else:
            paragraphs[-1] += " " + line.strip()
    found = [p for text in paragraphs if _ALSO_PRESENT_WAS.match(text) for p in present_in(text)]
    return [p for p in found if p.name not in known]


# "Desmond Bowe and Tristan Sloughter were also present", "Daniel, Braden and Sri were in
# attendance" (spaces lost in some PDFs): the people come first, and only people.
_ALSO_PRESENT = re.compile(r"(?:were|was)\s*(?:also\s*)?(?:present|in\s*attendance)\.?$", re.IGNORECASE)


_ALSO_PRESENT_WAS = re.compile(r"^also\s+(?:present|in\s+attendance)\s+(?:was|were)\s+[A-Z]", re.IGNORECASE)


def _names(people: list[Person]) -> set[str]:
    return {p.name for p in people}


# A group heading with its colon, alone on its line: "Councillors:", "Trustees:", "Members:".
_OPENING_GROUP = re.compile(
    r"^(?:councillors|councilors|council members|trustees|governors|directors|board members|committee members|members)\s*:$",
    re.IGNORECASE,
)
# Bullets that open a label line ("● Board Members: …", "• Commissioners Present: …").
_BULLET = re.compile(r"^[●•▪◦○■\-–o]\s+")


class _Sections:
    """The reader's state between lines: which list is open, its group, what is gathered."""

    def __init__(self) -> None:
        self.att = Attendance()
        self.kind: str | None = None
        self.group: str | None = None
        self.carried: str | None = None  # "Councillors: R Davies, E Williams": each a Councillor
        self.buffer: list[str] = []
        self.taken = 0  # people read in the open section
        self.rolled = False  # the open section is a roll call, one "Name - here" a line
        self.tabbed = False  # the open section is a table (tabs part its cells)
        self.roles: set[str] = set()
        self.columns: list[str] | None = None  # the heads a table's header row gave its columns
        self.heads: list[tuple[str, str | None]] | None = None  # (list, group) of side-by-side columns
        self.seen = self.prose = False
        self.after_bullet = False  # the line before began with a bullet
        self.fresh = False  # a group heading was read and no one under it yet
        self.chair: Person | None = None  # read from a "Chairman: …" line above the lists
        self.labelled = False  # a "Present"-kind label was read (not just "Manager: …")

    def feed(self, raw: str, brk: bool) -> None:
        text = raw.strip()
        if self.seen and self.kind is None and len(text.split()) > 10 and not list_label(text):
            self.prose = True  # after prose, "Councillor Dave Yemm: …" is a report, not a group
        if not text:
            return
        # "• Alice Moore – Chair" under "• Brian Hale …": a bulleted list, not ModernGov's
        # "· organisation" line under the name it belongs to.
        after_bullet, self.after_bullet = self.after_bullet, text.startswith(("·", "•"))
        unbulleted = _BULLET.sub("", text)
        roll = roll_call_entry(text) if self.kind else None
        if brk and self.kind and (self.buffer or self.taken) and not self.continues(text, unbulleted, roll):
            self.end_section()
        if self.kind and is_group_heading(unbulleted):
            relabel = section_label(unbulleted)
            if not relabel or relabel[0] == self.kind:
                self.flush()  # "Other Attendees" within "Present:": a group of the same list
                self.group = "In attendance" if relabel and "attendance" in relabel[1].lower() else None
                self.group = self.group or unbulleted.rstrip(":").strip()
                self.carried = None  # "Officers" after "Councillors:": their title stays with them
                self.fresh = True  # "In attendance:" under a table: its list may be no table
                if is_present_group(unbulleted):
                    self.kind = "present"  # "Absent: …" then "Visitors:": visitors came
                return
        if self.kind is None and not self.seen and _OPENING_GROUP.match(unbulleted):
            # "Councillors:" over a list, before any "Present" label: the members who came.
            self.open_section("present", unbulleted.rstrip(": "), "")
            self.group = unbulleted.rstrip(": ")
            return
        office = _office_line(unbulleted) if self.kind and not self.buffer else None
        if office:
            self.add(self.kind, [office])  # "Treasurer: Brian Hale" in a list of a club's officers
            return
        chair = _office_line(unbulleted) if self.kind is None and _CHAIR_LINE.match(unbulleted) else None
        if chair:
            self.att.present.append(chair)  # "Chairman: Councillor Alice Moore" above the list: the chair came
            self.chair = chair
            return
        labelled = _side_by_side(unbulleted) or section_label(unbulleted) or _tab_label(unbulleted, self.kind)
        found = labelled or (None if self.prose else group_label(unbulleted, self.kind))
        self.labelled = self.labelled or bool(labelled and labelled[0] == "present")
        if not found and GROUP_LABEL.match(unbulleted) and not roll:
            self.end_section()  # "Public Gallery: …", "Venue: …": another label ends the list
            return
        if found:
            self.open_section(*found, tabbed="\t" in text)
            return
        if _ALSO_PRESENT.search(text) and not self.buffer:
            self.end_section()  # "Desmond Bowe and Tristan Sloughter were also present"
            self.add("present", [p for p in present_in(text) if p.name not in _names(self.att.present)])
            return
        if self.kind is None:
            return
        if _group_line(unbulleted) and re.search(r"\bexpected\b", unbulleted, re.IGNORECASE):
            self.end_section()  # an agenda's "Members expected:" says who was due, not who came
            return
        if is_group_heading(unbulleted) or _group_line(unbulleted):
            # "Members of the board of directors:" over a grid: a group in the clerk's own words
            self.flush()
            self.group = unbulleted.rstrip(":").strip()
            self.carried = None
            self.fresh = True
            if is_present_group(unbulleted):
                self.kind = "present"  # "Absent: …" then "Visitors:": visitors came
            return
        if roll:
            self.flush()
            kind, person = roll
            self.add(kind, [person])
            self.rolled = True
            return
        target = getattr(self.att, self.kind)
        org_line = text.startswith(("·", "•")) and not after_bullet and not self.fresh
        if org_line and len(self.buffer) == 1:
            self.flush()  # a text copy of ModernGov: the name alone on the line above its "· organisation"
        if org_line and target and target[-1].organisation is None and not self.buffer:
            # ModernGov's HTML copy puts "· organisation" on the line below the name.
            target[-1].organisation = text.lstrip("·• ").strip()
            return
        if self.buffer and "\t" in text and row_status(text)[0]:
            self.flush()  # "Sarah Curde | President | ✓" under a visitor's line from the column beside
        if not self.buffer and ("\t" in text or (self.tabbed and re.match(r"\d{1,3}[.)]\s", text))):
            # "6. Charles Worthington Term Board Member": a numbered row whose tab was lost
            self.add(self.kind, self.table_row(text))
            return
        if is_header_row([text]):
            return  # "DESIGNATION": a column head wrapped onto its own line
        if self.buffer and _is_prose(text) and _one_a_line(self.buffer):
            self.end_section()  # "Royal Hanson / Bill Keating / The meeting convened at 6:36 pm …"
            return
        self.buffer.append(text)
        self.fresh = False

    def continues(self, text: str, unbulleted: str, roll: tuple[str, Person] | None) -> bool:
        """After a paragraph break, a group heading ("Co-opted members"), another row of
        the same table or the next "Name - here" of a roll call keeps the list open."""
        if is_group_heading(unbulleted) or (roll and self.rolled) or (self.fresh and not self.buffer):
            return True
        if "\t" in text:
            return self.tabbed and not self.buffer
        # ModernGov's text copy: each name a paragraph, its "· organisation" below it; a
        # word processor's list with space after each line ("Acting Treasurer Theodore Wilson").
        return not (self.tabbed or self.rolled) and all(map(_lone_name, self.buffer)) and _lone_name(text)

    def open_section(self, kind: str, label: str, rest: str, tabbed: bool = False) -> None:
        self.end_section()
        self.kind, self.seen = kind, True
        self.carried = singular_title(label) if is_plural_title(label) else None
        self.group = group_for(kind, label)
        cells = [c.strip() for c in rest.split("\t") if c.strip()]
        if cells and all(is_group_heading(c) or section_label(c) for c in cells):
            # "Board Members Present: | Staff | Visitors:": the heads of side-by-side columns
            self.tabbed = True
            self.heads = [(kind, self.group)] + [_column_head(c) for c in cells]
        elif tabbed and rest and ("\t" in rest or not re.search(r",|\band\b", rest)):
            self.add(kind, self.table_row(rest))  # "1. PRESENT:<tab>Linda McLaren": the table's first row
        elif rest:
            self.buffer.append(rest)

    def end_section(self) -> None:
        self.flush()
        self.kind = None
        self.taken = 0
        self.rolled = self.tabbed = self.fresh = False
        self.columns = None
        self.heads = None

    def flush(self) -> None:
        if self.buffer and self.kind:
            # "Council Member Park – Present; Council Member Cole – Absent": a roll call run on
            rolls = [roll_call_entry(c) for c in " ".join(self.buffer).split(";")]
            if len(rolls) >= 2 and all(rolls):
                for kind, person in rolls:
                    self.add(kind, [person])
            else:
                self.add(self.kind, _people_in_lines(self.buffer, self.kind, self.group))
        self.buffer.clear()

    def add(self, kind: str, people: list[Person]) -> None:
        self.fresh = False
        if kind == "present" and self.chair:
            # "Chairman: Cllr Alice Moore" then "Present: Cllrs Moore, Hale": the chair once
            last = self.chair.name.split()[-1]
            people = [p for p in people if p.name not in (self.chair.name, last)]
        for person in people:
            person.title = person.title or self.carried
        getattr(self.att, kind).extend(people)
        self.taken += len(people)

    def table_row(self, text: str) -> list[Person]:
        """One row of a table; a status column ("Y"/"N", "✓", "Apologies") says which list
        the row's person belongs to, whatever the label above the table."""
        self.tabbed = True
        status, text = row_status(text)
        # "Miriam Pena Villanueva | ✓ | joined late": a tick mid-row says only that she came
        text = "\t".join(c for c in text.split("\t") if not re.fullmatch(r"\s*[✓✔☑√]\s*", c)) or text
        if is_header_row(cells_of(text)):
            # "Name | Organisation": what each column holds ("S.No" heads the numbers cells_of drops)
            self.columns = [c for c in cells_of(text) if not re.fullmatch(r"(?:s\.?\s?|sl\.?\s?)?no\.?|#", c, re.I)]
            return []
        cells = cells_of(text)
        if self.heads and len(cells) == len(self.heads) and not status:
            # "Alice Moore | Emma Stone (Clerk)" under "Members | Officers": each cell its column's
            for (kind, group), cell in zip(self.heads, cells):
                person = person_from_entry(cell, group)
                if person and kind != self.kind:
                    getattr(self.att, kind).append(person)
                elif person:
                    people_here = [person]
                    self.add(kind, people_here)
            return []
        people = tabbed_people(text, self.group, self.roles, self.columns)
        if status and status != self.kind:
            getattr(self.att, status).extend(people)
            return []
        return people


_GROUP_WORDS = re.compile(
    r"\b(?:members?|directors|trustees|governors|councillors|councilors|commissioners|officers|staff|"
    r"representatives|delegates|board|committee|council|guests|visitors|observers|public)\b",
    re.IGNORECASE,
)


def _group_line(text: str) -> bool:
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


def _side_by_side(text: str) -> tuple[str, str, str] | None:
    """ "Members<tab>Officers", "Present<tab>Apologies": the heads of columns printed side by
    side, read as the first column's label with the others' heads after it."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    if len(cells) < 2 or not all(is_group_heading(c) or section_label(c) for c in cells):
        return None
    kind, _ = _column_head(cells[0])
    return kind, cells[0].rstrip(":").strip(), "\t".join(cells[1:])


def _column_head(cell: str) -> tuple[str, str | None]:
    """The list and group a column head names: "Officers" → present, Officers; "Apologies" → apologies."""
    found = section_label(cell)
    if found and not is_group_heading(cell):
        return found[0], group_for(found[0], found[1])
    return "present", cell.rstrip(":").strip()


_CHAIR_LINE = re.compile(
    r"^(?:chair(?:man|person|woman)?|convenor|convener|presiding(?: officer)?|in the chair)\s*:[^\t]+$", re.IGNORECASE
)
_OFFICE = re.compile(r"^(?P<office>[A-Z][\w .'’/-]{1,40}?)\s*:\s*(?P<name>[A-Z].{2,60})$")
_OFFICE_GLUE = {"vice", "co", "of", "the", "at", "large", "and", "&", "acting", "deputy", "past", "immediate"}


def _office_line(text: str) -> Person | None:
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


def _tab_label(text: str, kind: str | None) -> tuple[str, str, str] | None:
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


def _people_in_lines(lines: list[str], kind: str, group: str | None) -> list[Person]:
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
    if _one_a_line(lines):
        return [p for line in lines for p in _line_people(line, group)]
    found = people_in_list(text, group)
    if not found and len(lines) == 1 and not re.search(r",|\band\b|&", text):
        found = [p for p in [name_then_office(text, group)] if p]  # "Carla Ruiz Board Secretary"
    return found


_SURNAME_FIRST = re.compile(
    r"^(?P<surname>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+(?P<given>[A-Z][\w'’-]+(?:\s+[A-Z]\.?)?)\.?$"
)


def _one_a_line(lines: list[str]) -> bool:
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


def _lone_name(text: str) -> bool:
    """ "County Councillor Joe Wills" alone on its line, not "Meeting Minutes"."""
    person = person_from_entry(text)
    return (
        person is not None
        and person.organisation is None
        and "," not in text
        and not _NOT_NAME_LINES.search(text)
        and not names_a_role(person.name)
    )


def _is_prose(text: str) -> bool:
    words = text.split()
    return len(words) >= 6 and sum(w[:1].islower() for w in words) >= 3
