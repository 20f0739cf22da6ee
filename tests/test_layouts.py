"""The layouts councils print minutes and decisions in, each read as a careful clerk reads it.

Every paper here is a real PDF written on the fly with reportlab (tests/paperkit.py): bold
headings are bold fonts, second columns are text at another x, ruled tables have grid
lines pdfplumber can find, locked papers are encrypted, scans are pixels. Nothing mocks
pdfplumber, so a test fails only when the reading of that layout is wrong.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from indexer.errors import UnreadablePaper
from indexer.pipeline import read_paper
from indexer.read.extract import extract
from indexer.records import AgendaItem, Commitment, DecisionRecord, MeetingRecord
from indexer.structure.reader import read_structure
from tests.paperkit import L, T, write_pdf


def read(path: Path) -> MeetingRecord | DecisionRecord:
    """What the structure stage makes of a paper (no NLP: fast, and all layout needs)."""
    return read_structure(extract(path))


def item(record: MeetingRecord, number: str) -> AgendaItem:
    found = [i for i in record.items if i.number == number]
    assert len(found) == 1, [(i.number, i.title) for i in record.items]
    return found[0]


# --- 1. ModernGov minutes: heading block, grouped attendance, "Resolved:" i) ii) ------------

MODERNGOV = [
    L("Anytown County Council", bold=True, size=14),
    L("Corporate Parenting Board", bold=True, size=12, gap=4),
    L(
        "Minutes of the Meeting held on Tuesday, 24th November, 2020 at 6.00 pm in Committee Room A - County Hall",
        size=9,
        gap=4,
    ),
    L("Present:", bold=True, gap=12),
    L("Members", bold=True, gap=6),
    L("County Councillor Jane Doe", column="· Anytown County Council"),
    L("County Councillor Ravi Patel", column="· Anytown County Council"),
    L("Co-opted members", bold=True, gap=6),
    L("Mr Tom Hughes", column="· Anytown Youth Council"),
    L("Other Attendees", bold=True, gap=6),
    L("Dr Sarah Lee", column="· NHS Anytown"),
    L("Karen Obi", column="· Barnardo's"),
    L("1.   Introductions and Apologies", bold=True, gap=16),
    L("The Chair welcomed everyone to the meeting.", gap=6),
    L("2.   Care Leaver Housing Report", bold=True, gap=16),
    L("The Board considered a report on housing for young people leaving care.", gap=6),
    L("Resolved:", bold=True, gap=12),
    L("i)    That a meeting be held with the District Housing representatives in the New Year.", gap=8),
    L("ii)   That the Board receive a further update at its next meeting.", gap=8),
    L("3.   Date of Next Meeting", bold=True, gap=16),
    L("The next meeting will be held on Thursday, 21st January, 2021 at 6.00 pm.", gap=6),
]


@pytest.fixture(scope="module")
def moderngov(tmp_path_factory: pytest.TempPathFactory) -> MeetingRecord:
    return read(write_pdf(tmp_path_factory.mktemp("moderngov") / "minutes.pdf", [MODERNGOV]))


def test_moderngov_heading_block_names_the_council_and_the_board(moderngov: MeetingRecord) -> None:
    assert (moderngov.organisation, moderngov.body) == ("Anytown County Council", "Corporate Parenting Board")


def test_moderngov_heading_block_gives_the_meeting_date_and_time(moderngov: MeetingRecord) -> None:
    assert (moderngov.meeting_date, moderngov.meeting_time) == ("2020-11-24", "18:00")


def test_moderngov_venue_keeps_the_room_and_the_building(moderngov: MeetingRecord) -> None:
    assert moderngov.venue is not None
    assert moderngov.venue.startswith("Committee Room A")
    assert "County Hall" in moderngov.venue


def test_moderngov_present_list_keeps_groups_organisations_and_titles_apart(moderngov: MeetingRecord) -> None:
    got = [(p.name, p.title, p.group, p.organisation) for p in moderngov.attendance.present]
    assert got == [
        ("Jane Doe", "County Councillor", "Members", "Anytown County Council"),
        ("Ravi Patel", "County Councillor", "Members", "Anytown County Council"),
        ("Tom Hughes", "Mr", "Co-opted members", "Anytown Youth Council"),
        ("Sarah Lee", "Dr", "Other Attendees", "NHS Anytown"),
        ("Karen Obi", None, "Other Attendees", "Barnardo's"),
    ]


def test_moderngov_items_come_out_with_their_numbers_and_bold_titles(moderngov: MeetingRecord) -> None:
    assert [(i.number, i.title) for i in moderngov.items] == [
        ("1", "Introductions and Apologies"),
        ("2", "Care Leaver Housing Report"),
        ("3", "Date of Next Meeting"),
    ]


def test_moderngov_resolved_block_keeps_each_roman_numbered_resolution(moderngov: MeetingRecord) -> None:
    assert [(r.number, r.text) for r in item(moderngov, "2").resolutions] == [
        ("i", "That a meeting be held with the District Housing representatives in the New Year."),
        ("ii", "That the Board receive a further update at its next meeting."),
    ]


# --- 2. Numbered minute references and "RESOLVED –" in capitals -----------------------------

MINUTE_REFERENCES = [
    L("Anytown Town Council", bold=True, size=14),
    L("Finance and General Purposes Committee", bold=True, size=12, gap=4),
    L("Minutes of the meeting held on 14 July 2020 at 7.30 pm at the Town Hall", gap=4),
    L("Present: Cllr Ann Hughes (Chair), Cllr Tom Price and Cllr Lucy Ward", gap=12),
    L("23/20   Apologies", bold=True, gap=16),
    L("Apologies were received from Cllr Mark Reed.", gap=6),
    L("24/20   Minutes of the Previous Meeting", bold=True, gap=16),
    L("RESOLVED – that the minutes of the meeting held on 9 June 2020 be approved as a correct record.", gap=6),
    L("25/20   Grants to Local Organisations", bold=True, gap=16),
    L("The committee considered three applications for grants.", gap=6),
    L("RESOLVED –", gap=12),
    L("(1)   That a grant of £500 be made to the Anytown Scout Group."),
    L("(2)   That a grant of £250 be made to the Anytown Food Bank."),
    L("26/20   Budget Monitoring", bold=True, gap=16),
    L("The Clerk presented the budget monitoring report for the first quarter.", gap=6),
    L("RESOLVED:", gap=12),
    L("a)   That the budget monitoring report be noted."),
    L("b)   That the Clerk obtain three quotes for replacing the play equipment."),
]


@pytest.fixture(scope="module")
def minute_references(tmp_path_factory: pytest.TempPathFactory) -> MeetingRecord:
    return read(write_pdf(tmp_path_factory.mktemp("references") / "minutes.pdf", [MINUTE_REFERENCES]))


def test_numbered_minute_references_are_the_item_numbers(minute_references: MeetingRecord) -> None:
    assert [(i.number, i.title) for i in minute_references.items] == [
        ("23/20", "Apologies"),
        ("24/20", "Minutes of the Previous Meeting"),
        ("25/20", "Grants to Local Organisations"),
        ("26/20", "Budget Monitoring"),
    ]


def test_capital_resolved_dash_with_a_sentence_is_one_unnumbered_resolution(minute_references: MeetingRecord) -> None:
    assert [(r.number, r.text) for r in item(minute_references, "24/20").resolutions] == [
        (None, "That the minutes of the meeting held on 9 June 2020 be approved as a correct record."),
    ]


def test_capital_resolved_dash_keeps_bracketed_numbers_line_by_line(minute_references: MeetingRecord) -> None:
    assert [(r.number, r.text) for r in item(minute_references, "25/20").resolutions] == [
        ("1", "That a grant of £500 be made to the Anytown Scout Group."),
        ("2", "That a grant of £250 be made to the Anytown Food Bank."),
    ]


def test_lettered_resolutions_keep_their_letters(minute_references: MeetingRecord) -> None:
    assert [(r.number, r.text) for r in item(minute_references, "26/20").resolutions] == [
        ("a", "That the budget monitoring report be noted."),
        ("b", "That the Clerk obtain three quotes for replacing the play equipment."),
    ]


def test_resolutions_know_the_minute_they_belong_to(minute_references: MeetingRecord) -> None:
    assert {r.item for r in item(minute_references, "25/20").resolutions} == {"25/20"}


# --- 3. Run-on "Present:" paragraph, officers with roles, an apologies sentence -------------


def run_on_minutes(plural: str) -> list[L]:
    return [
        L("Anytown Town Council", bold=True, size=14),
        L("Minutes of the Meeting of the Town Council held on Monday 7 June 2021 at 7.00 pm", gap=4),
        L(f"Present: {plural} A Smith (Chair), B Jones and C Patel", gap=12),
        L("In attendance: John Green – Town Clerk, Mary Brown - Deputy Clerk", gap=8),
        L("1.   Apologies for Absence", bold=True, gap=16),
        L("Apologies for absence were received from Councillor D Evans and Councillor F Gray.", gap=6),
        L("2.   Declarations of Interest", bold=True, gap=16),
        L("There were no declarations of interest.", gap=6),
    ]


@pytest.fixture(
    scope="module",
    params=[("Councillors", "Councillor"), ("Cllrs", "Cllr")],
    ids=["Councillors", "Cllrs"],
)
def run_on(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[MeetingRecord, str]:
    """The paper, and the singular title each councillor should carry (from models/titles.txt)."""
    plural, singular = request.param
    path = write_pdf(tmp_path_factory.mktemp("run-on") / "minutes.pdf", [run_on_minutes(plural)])
    return read(path), singular


def test_run_on_present_paragraph_gives_each_councillor_their_title(run_on: tuple[MeetingRecord, str]) -> None:
    record, title = run_on
    councillors = [(p.name, p.title) for p in record.attendance.present if p.group != "In attendance"]
    assert councillors == [("A Smith", title), ("B Jones", title), ("C Patel", title)]


def test_run_on_present_paragraph_keeps_the_chair_on_her_councillor(run_on: tuple[MeetingRecord, str]) -> None:
    record, _ = run_on
    roles = {p.name: p.role for p in record.attendance.present}
    assert (roles.get("A Smith"), roles.get("B Jones"), roles.get("C Patel")) == ("Chair", None, None)


def test_in_attendance_officers_keep_their_roles_after_either_dash(run_on: tuple[MeetingRecord, str]) -> None:
    record, _ = run_on
    officers = [(p.name, p.title, p.role, p.group) for p in record.attendance.present if p.group == "In attendance"]
    assert officers == [
        ("John Green", None, "Town Clerk", "In attendance"),
        ("Mary Brown", None, "Deputy Clerk", "In attendance"),
    ]


def test_apologies_sentence_in_item_one_lists_each_councillor(run_on: tuple[MeetingRecord, str]) -> None:
    record, _ = run_on
    assert [(p.name, p.title) for p in record.attendance.apologies] == [
        ("D Evans", "Councillor"),
        ("F Gray", "Councillor"),
    ]


def test_apologies_sentence_in_the_header_block_lists_each_councillor(tmp_path: Path) -> None:
    lines = [
        L("Anytown Town Council", bold=True, size=14),
        L("Minutes of the Meeting of the Town Council held on Monday 7 June 2021 at 7.00 pm", gap=4),
        L("Present: Councillors A Smith (Chair), B Jones and C Patel", gap=12),
        L("Apologies for absence were received from Cllr D Evans and Cllr F Gray.", gap=8),
        L("1.   Declarations of Interest", bold=True, gap=16),
        L("There were no declarations of interest.", gap=6),
    ]
    record = read(write_pdf(tmp_path / "minutes.pdf", [lines]))
    assert [(p.name, p.title) for p in record.attendance.apologies] == [("D Evans", "Cllr"), ("F Gray", "Cllr")]


# --- 4. Attendance as a two-column table: name | role, organisation -------------------------

ATTENDEES = [
    ["Jane Doe", "Chair, Anytown Parish Council"],
    ["Peter Lane", "Vice-Chair, Anytown Parish Council"],
    ["Sara Khan", "Clerk, Anytown Parish Council"],
    ["Omar Farouk", "Ward Member, Anytown District Council"],
]


def two_column_attendance(ruled: bool) -> list[L | T]:
    if ruled:
        table: list[L | T] = [T(ATTENDEES, widths=[140, 260], bold_header=False, size=11)]
    else:
        table = [L(name, column=role) for name, role in ATTENDEES]
    return [
        L("Anytown Parish Council", bold=True, size=14),
        L("Minutes of the Annual Parish Meeting held on 12 May 2021 at 7.30 pm in the Village Hall", gap=4),
        L("Present:", bold=True, gap=12),
        *table,
        L("1.   Welcome", bold=True, gap=16),
        L("The Chair welcomed residents to the Annual Parish Meeting.", gap=6),
        L("2.   Village Hall Accounts", bold=True, gap=16),
        L("The Clerk presented the accounts for the year.", gap=6),
    ]


@pytest.fixture(scope="module", params=[False, True], ids=["text-columns", "ruled-table"])
def attendance_table(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> MeetingRecord:
    path = tmp_path_factory.mktemp("attendance") / "minutes.pdf"
    return read(write_pdf(path, [two_column_attendance(ruled=request.param)]))


def test_two_column_attendance_lists_everyone_present(attendance_table: MeetingRecord) -> None:
    assert [p.name for p in attendance_table.attendance.present] == [
        "Jane Doe",
        "Peter Lane",
        "Sara Khan",
        "Omar Farouk",
    ]


def test_two_column_attendance_splits_role_from_organisation(attendance_table: MeetingRecord) -> None:
    assert [(p.name, p.role, p.organisation) for p in attendance_table.attendance.present] == [
        ("Jane Doe", "Chair", "Anytown Parish Council"),
        ("Peter Lane", "Vice-Chair", "Anytown Parish Council"),
        ("Sara Khan", "Clerk", "Anytown Parish Council"),
        ("Omar Farouk", "Ward Member", "Anytown District Council"),
    ]


def test_two_column_attendance_stays_out_of_the_items(attendance_table: MeetingRecord) -> None:
    assert [(i.number, i.title) for i in attendance_table.items] == [("1", "Welcome"), ("2", "Village Hall Accounts")]


# --- 5. A ruled action table at the end of minutes ------------------------------------------

ACTION_TABLE = [
    L("Anytown Community Trust", bold=True, size=14),
    L("Minutes of the Trustees Meeting held on 3 March 2021 at 6.30 pm at the Old School", gap=4),
    L("Present: Jane Doe (Chair), Tom Wright and Priya Shah", gap=12),
    L("1.   Apologies", bold=True, gap=16),
    L("There were no apologies.", gap=6),
    L("2.   Finance", bold=True, gap=16),
    L("The treasurer presented the accounts for the quarter.", gap=6),
    L("3.   Summer Fair", bold=True, gap=16),
    L("Trustees discussed the plans for the summer fair.", gap=6),
    L("Action Log", bold=True, gap=16),
    T(
        [
            ["Action", "Owner", "Deadline", "Status"],
            ["Circulate the revised budget to all trustees", "JD", "31 March 2021", "Open"],
            ["Book the marquee for the summer fair", "Tom Wright", "Next meeting", "Open"],
            ["Publish the approved minutes on the website", "PS", "10 March 2021", "Completed"],
        ],
        widths=[220, 70, 90, 70],
    ),
]


@pytest.fixture(scope="module")
def action_table(tmp_path_factory: pytest.TempPathFactory) -> MeetingRecord:
    record, _ = read_paper(write_pdf(tmp_path_factory.mktemp("actions") / "minutes.pdf", [ACTION_TABLE]))
    assert isinstance(record, MeetingRecord)
    return record


def commitment_to(record: MeetingRecord, verb: str) -> Commitment:
    """The one commitment whose action starts with ``verb``."""
    found = [c for c in record.commitments if c.action.lower().startswith(verb)]
    assert len(found) == 1, [(c.actor, c.action) for c in record.commitments]
    return found[0]


def test_action_table_initials_resolve_to_the_only_attendee_with_them(action_table: MeetingRecord) -> None:
    c = commitment_to(action_table, "circulate")
    assert (c.actor, c.action) == ("Jane Doe", "circulate the revised budget to all trustees")


def test_action_table_deadline_is_read_as_an_iso_date(action_table: MeetingRecord) -> None:
    assert commitment_to(action_table, "circulate").due == "2021-03-31"


def test_action_table_owner_by_full_name_is_kept_with_a_phrase_deadline(action_table: MeetingRecord) -> None:
    c = commitment_to(action_table, "book")
    assert (c.actor, c.action) == ("Tom Wright", "book the marquee for the summer fair")
    assert (c.due or "").lower() == "next meeting"


def test_completed_action_row_is_not_a_commitment(action_table: MeetingRecord) -> None:
    assert not [c for c in action_table.commitments if "publish" in c.action.lower()]


def test_action_table_gives_one_commitment_per_open_row(action_table: MeetingRecord) -> None:
    assert sorted((c.actor, c.action) for c in action_table.commitments) == [
        ("Jane Doe", "circulate the revised budget to all trustees"),
        ("Tom Wright", "book the marquee for the summer fair"),
    ]


def test_action_table_commitments_carry_the_meeting_date(action_table: MeetingRecord) -> None:
    assert {c.meeting_date for c in action_table.commitments} == {"2021-03-03"}


# --- 6. Decision notices: ModernGov "Decision details" and a cabinet-member record ----------

DECISION_DETAILS = [
    L("Decision details", bold=True, size=14),
    L("School Transport Policy 2021/22", bold=True, size=12, gap=10),
    L("Decision status: Recommendations Approved", gap=10),
    L("Is Key decision?: Yes", gap=8),
    L("The Cabinet considered the revised policy for home to school transport.", gap=12),
    L("Resolved:", gap=12),
    L("i)    That the revised School Transport Policy 2021/22 be approved.", gap=8),
    L("ii)   That the Director of Education publish the policy by 1 March 2021.", gap=8),
    L("Date of decision: 24/11/2020", gap=12),
    L("Decided at meeting: 24/11/2020 - Cabinet", gap=8),
    L("Accompanying Documents:", gap=8),
]

CABINET_MEMBER_RECORD = [
    L("Anytown County Council", bold=True, size=14),
    L("Record of Decision", bold=True, size=12, gap=6),
    L("Decision Maker: Cabinet Member for Highways", gap=12),
    L("Subject: Speed Limit on Mill Road, Anytown", gap=8),
    L("Date: 2 March 2021", gap=8),
    L("Key Decision: No", gap=8),
    L("Decision: That a 40 mph speed limit be introduced on Mill Road, Anytown.", gap=12),
    L("Reasons for the decision: residents reported speeding traffic near the primary school.", gap=12),
]


@pytest.fixture(scope="module")
def decision_details(tmp_path_factory: pytest.TempPathFactory) -> DecisionRecord:
    record = read(write_pdf(tmp_path_factory.mktemp("decision") / "decision.pdf", [DECISION_DETAILS]))
    assert isinstance(record, DecisionRecord), type(record).__name__
    return record


@pytest.fixture(scope="module")
def cabinet_member_decision(tmp_path_factory: pytest.TempPathFactory) -> DecisionRecord:
    record = read(write_pdf(tmp_path_factory.mktemp("record") / "decision.pdf", [CABINET_MEMBER_RECORD]))
    assert isinstance(record, DecisionRecord), type(record).__name__
    return record


def test_decision_details_page_is_read_as_a_decision_with_its_title(decision_details: DecisionRecord) -> None:
    assert (decision_details.doc_type, decision_details.title) == ("decision", "School Transport Policy 2021/22")


def test_decision_details_give_status_and_key_decision(decision_details: DecisionRecord) -> None:
    assert (decision_details.decision_status, decision_details.key_decision) == ("Recommendations Approved", True)


def test_decision_details_give_the_date_and_the_meeting_that_decided(decision_details: DecisionRecord) -> None:
    assert decision_details.decision_date == "2020-11-24"
    assert decision_details.decided_at is not None and "Cabinet" in decision_details.decided_at
    assert decision_details.meeting_date == "2020-11-24"


def test_decision_details_keep_each_numbered_resolution(decision_details: DecisionRecord) -> None:
    assert [(r.number, r.text) for r in decision_details.resolutions] == [
        ("i", "That the revised School Transport Policy 2021/22 be approved."),
        ("ii", "That the Director of Education publish the policy by 1 March 2021."),
    ]


def test_cabinet_member_record_is_a_decision_titled_by_its_subject(cabinet_member_decision: DecisionRecord) -> None:
    record = cabinet_member_decision
    assert (record.doc_type, record.title) == ("decision", "Speed Limit on Mill Road, Anytown")


def test_cabinet_member_record_names_its_decision_maker(cabinet_member_decision: DecisionRecord) -> None:
    assert cabinet_member_decision.decided_at == "Cabinet Member for Highways"


def test_cabinet_member_record_gives_date_and_key_decision(cabinet_member_decision: DecisionRecord) -> None:
    record = cabinet_member_decision
    assert (record.decision_date, record.key_decision) == ("2021-03-02", False)


def test_cabinet_member_record_decision_line_is_its_resolution(cabinet_member_decision: DecisionRecord) -> None:
    assert [(r.number, r.text) for r in cabinet_member_decision.resolutions] == [
        (None, "That a 40 mph speed limit be introduced on Mill Road, Anytown."),
    ]


def test_cabinet_member_record_keeps_the_council(cabinet_member_decision: DecisionRecord) -> None:
    assert cabinet_member_decision.organisation == "Anytown County Council"


# --- 7. Items across page breaks, under a running header and a page footer -----------------

RUNNING_HEADER = "Anytown Council – Planning Committee – 3 March 2021"
STRADDLING = (
    "The committee noted that the drainage works on Mill Lane would begin in April once the contractor is appointed."
)


def long_item_lines(topic: str, count: int) -> list[L]:
    """Filler that fills a page; each line worded apart so none looks like a running line."""
    return [L(f"Members asked about the {topic} ({_tag(n)}) and the officer answered.") for n in range(count)]


def _tag(n: int) -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[n % 26] * (1 + n // 26)


def planning_pages() -> list[list[L]]:
    page_one = [
        L("Anytown Council", bold=True, size=14),
        L("Planning Committee", bold=True, size=12, gap=4),
        L("Minutes of the meeting held on 3 March 2021 at 7.00 pm in the Council Chamber", gap=4),
        L("Present: Cllr Ann Hughes (Chair), Cllr Tom Price and Cllr Lucy Ward", gap=12),
        L("1.   Apologies", bold=True, gap=16),
        L("Apologies were received from Cllr Mark Reed.", gap=6),
        L("2.   Application 21/0042 – Land at Mill Lane", bold=True, gap=16),
        L("The officer presented the application for six houses on land at Mill Lane.", gap=6),
        *long_item_lines("access to the site", 28),
        L("Residents spoke against the application.", gap=8),
        L("The committee noted that the drainage works on Mill Lane would"),
    ]
    page_two = [
        L("begin in April once the contractor is appointed."),
        *long_item_lines("flood risk", 6),
        L("RESOLVED – that the application be approved subject to conditions.", gap=8),
        L("3.   Application 21/0057 – 14 High Street", bold=True, gap=16),
        L("The officer presented the application for a shop front at 14 High Street.", gap=6),
        *long_item_lines("shop front", 30),
    ]
    page_three = [
        *long_item_lines("signage", 4),
        L("RESOLVED – that the application be refused.", gap=8),
        L("4.   Date of Next Meeting", bold=True, gap=16),
        L("The next meeting will be held on 7 April 2021 at 7.00 pm.", gap=6),
    ]
    return [page_one, page_two, page_three]


@pytest.fixture(scope="module")
def planning(tmp_path_factory: pytest.TempPathFactory) -> MeetingRecord:
    path = tmp_path_factory.mktemp("planning") / "minutes.pdf"
    return read(write_pdf(path, planning_pages(), header=RUNNING_HEADER, footer=True))


def test_items_across_page_breaks_keep_their_numbers_and_titles(planning: MeetingRecord) -> None:
    assert [(i.number, i.title) for i in planning.items] == [
        ("1", "Apologies"),
        ("2", "Application 21/0042 – Land at Mill Lane"),
        ("3", "Application 21/0057 – 14 High Street"),
        ("4", "Date of Next Meeting"),
    ]


def test_running_header_never_leaks_into_an_item(planning: MeetingRecord) -> None:
    for agenda_item in planning.items:
        assert "Planning Committee –" not in agenda_item.title + agenda_item.text, agenda_item.number


def test_page_footer_never_leaks_into_an_item(planning: MeetingRecord) -> None:
    for agenda_item in planning.items:
        assert not re.search(r"Page \d of 3", agenda_item.title + agenda_item.text), agenda_item.number


def test_item_running_over_a_page_break_spans_both_pages(planning: MeetingRecord) -> None:
    assert [i.pages for i in planning.items] == [[1, 1], [1, 2], [2, 3], [3, 3]]


def test_sentence_straddling_the_page_break_reads_whole(planning: MeetingRecord) -> None:
    text = item(planning, "2").text
    assert STRADDLING in text, text[text.find("Residents") : text.find("flood risk")]


def test_resolution_after_the_page_break_stays_with_its_item(planning: MeetingRecord) -> None:
    assert [r.text for r in item(planning, "2").resolutions] == [
        "That the application be approved subject to conditions."
    ]


def test_running_header_does_not_stand_in_for_the_heading_block(planning: MeetingRecord) -> None:
    assert (planning.organisation, planning.body, planning.meeting_date) == (
        "Anytown Council",
        "Planning Committee",
        "2021-03-03",
    )


DELEGATED = [f"Application 21/01{n:02d} – no objection raised." for n in range(1, 5)]


@pytest.fixture(scope="module")
def delegated(tmp_path_factory: pytest.TempPathFactory) -> MeetingRecord:
    """Decisions listed one per line, alike but for their numbers, at the foot of page 1."""
    page_one = [
        L("Anytown Council", bold=True, size=14),
        L("Planning Committee", bold=True, size=12, gap=4),
        L("Minutes of the meeting held on 3 March 2021 at 7.00 pm in the Council Chamber", gap=4),
        L("Present: Cllr Ann Hughes (Chair), Cllr Tom Price and Cllr Lucy Ward", gap=12),
        L("1.   Decisions Made Under Delegated Powers", bold=True, gap=16),
        *long_item_lines("delegated list", 34),
        *[L(line) for line in DELEGATED[:3]],
    ]
    page_two = [
        L(DELEGATED[3]),
        L("2.   Date of Next Meeting", bold=True, gap=16),
        L("The next meeting will be held on 7 April 2021 at 7.00 pm.", gap=6),
    ]
    path = tmp_path_factory.mktemp("delegated") / "minutes.pdf"
    return read(write_pdf(path, [page_one, page_two], header=RUNNING_HEADER, footer=True))


def test_alike_lines_at_a_page_foot_are_not_taken_for_a_running_footer(delegated: MeetingRecord) -> None:
    text = item(delegated, "1").text
    assert [line for line in DELEGATED if line not in text] == []


# --- Papers that cannot be read: one UnreadablePaper with a one-line reason, never a crash --


def corrupt_pdf(path: Path) -> Path:
    """A PDF header, then what a failed download leaves: no objects, no cross-reference table."""
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catal" + bytes(range(256)) * 4)
    return path


def encrypted_pdf(path: Path) -> Path:
    return write_pdf(path, [["Anytown Council", "Minutes of the meeting held on 3 March 2021"]], password="secret")


def empty_pdf(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def image_only_pdf(path: Path) -> Path:
    """A scan: the minutes exist only as pixels, so there is no text layer to read."""
    image = Image.new("L", (1240, 1754), color=255)
    draw = ImageDraw.Draw(image)
    for n, text in enumerate(["ANYTOWN COUNCIL", "Minutes of the meeting held on 3 March 2021", "1. Apologies"]):
        draw.text((120, 150 + 60 * n), text, fill=0)
    png = io.BytesIO()
    image.save(png, format="PNG")
    png.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(png), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize(
    ("build", "says"),
    [
        (corrupt_pdf, r"corrupt|damaged|truncated"),
        (encrypted_pdf, r"encrypted|password"),
        (empty_pdf, r"empty|0 bytes"),
        (image_only_pdf, r"no text layer\W.*scanned"),
    ],
    ids=["corrupt", "encrypted", "empty", "image-only"],
)
def test_unreadable_paper_is_reported_in_one_line(tmp_path: Path, build: Callable[[Path], Path], says: str) -> None:
    path = build(tmp_path / "paper.pdf")
    with pytest.raises(UnreadablePaper) as raised:
        extract(path, ocr=False)
    reason = raised.value.reason
    assert re.search(says, reason, re.IGNORECASE), reason
    assert "\n" not in reason and len(reason) <= 240  # one line of the batch summary
    assert raised.value.path == str(path)
