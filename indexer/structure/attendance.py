"""Who was there: present (with groups), apologies and absent, from the header block.

Councils print attendance as name / "· organisation" pairs under group headings
(ModernGov), as run-on paragraphs ("Cllrs Hodivala (Chairman), Hewett and Wood"), as
two-column tables (name | role) and as US roll calls ("Present: ... Absent: ...").
"""

from __future__ import annotations

import re

from indexer.records import Attendance, Person
from indexer.structure.attendance_entries import (
    people_in_list,
    person_from_entry,
    roll_call_entry,
    split_role,
)
from indexer.structure.attendance_heads import CHAIR_LINE, column_head, group_line, office_line, side_by_side, tab_label
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
from indexer.structure.attendance_lists import is_prose, lone_name, one_a_line, people_in_lines
from indexer.structure.attendance_rosters import all_present, opened_by, unlabelled_roll
from indexer.structure.attendance_sentences import apologies_in, opening_roll, present_in
from indexer.structure.attendance_tables import (
    cells_of,
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
    # "Dr. Grahame Harvey . . . . . . CIML Vice-President": leader dots part name from office
    lines = [re.sub(r"\s*(?:\.\s*){4,}(?=\S)", "\t", line) for line in lines]
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
        office = office_line(unbulleted) if self.kind and not self.buffer else None
        if office:
            self.add(self.kind, [office])  # "Treasurer: Brian Hale" in a list of a club's officers
            return
        chair = office_line(unbulleted) if self.kind is None and CHAIR_LINE.match(unbulleted) else None
        if chair:
            self.att.present.append(chair)  # "Chairman: Councillor Alice Moore" above the list: the chair came
            self.chair = chair
            return
        labelled = side_by_side(unbulleted) or section_label(unbulleted) or tab_label(unbulleted, self.kind)
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
        if group_line(unbulleted) and re.search(r"\bexpected\b", unbulleted, re.IGNORECASE):
            self.end_section()  # an agenda's "Members expected:" says who was due, not who came
            return
        if is_group_heading(unbulleted) or group_line(unbulleted):
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
        if self.buffer and is_prose(text) and one_a_line(self.buffer):
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
        return not (self.tabbed or self.rolled) and all(map(lone_name, self.buffer)) and lone_name(text)

    def open_section(self, kind: str, label: str, rest: str, tabbed: bool = False) -> None:
        self.end_section()
        self.kind, self.seen = kind, True
        self.carried = singular_title(label) if is_plural_title(label) else None
        self.group = group_for(kind, label)
        cells = [c.strip() for c in rest.split("\t") if c.strip()]
        if cells and all(is_group_heading(c) or section_label(c) for c in cells):
            # "Board Members Present: | Staff | Visitors:": the heads of side-by-side columns
            self.tabbed = True
            self.heads = [(kind, self.group)] + [column_head(c) for c in cells]
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
                self.add(self.kind, people_in_lines(self.buffer, self.kind, self.group))
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
