"""Attendance labels in the clerk's own words: a short head that ends in "present", "in
attendance" or "roll call" ("Owners in Attendance – …", "Advisory Committee and Members
present:"), a label with an aside ("ATTENDANCE (8pm)."), a label whose space was lost
("MEMBERSPRESENT"), and attendees written as a sentence ("… attended the meeting").

Papers are built on the fly from the KIND of layout, not copied from any real paper.
"""

from __future__ import annotations

from pathlib import Path

from indexer.structure.attendance_labels import section_label
from tests.paperkit import L, structured, write_pdf


def names(people: list) -> list[str]:
    return [p.name for p in people]


def _paper(tmp_path: Path, lines: list) -> list:
    head = [L("Riverside Owners Association", bold=True, size=14), L("Board Meeting Minutes – June 3, 2021", gap=4)]
    tail = [L("1. Treasurer's Report", bold=True, gap=16), L("The treasurer presented the accounts.", gap=6)]
    return structured(write_pdf(tmp_path / "paper.pdf", [[*head, *lines, *tail]]))


def test_owners_in_attendance_after_a_dash_reads_each_owner(tmp_path: Path) -> None:
    record = _paper(
        tmp_path,
        [
            L("Call to Order and Board Roll Call – Nadia Forde, Piet Okafor and Lena Varga", gap=12),
            L("Owners in Attendance – Tom Reyes, Ivy Castell", gap=8),
        ],
    )
    assert names(record.attendance.present) == ["Nadia Forde", "Piet Okafor", "Lena Varga", "Tom Reyes", "Ivy Castell"]


def test_a_long_label_ending_present_colon_opens_the_list_below(tmp_path: Path) -> None:
    record = _paper(
        tmp_path,
        [
            L("Advisory Committee and HOA Members present:", gap=12),
            L("Greta Olsen"),
            L("Marcus Bell"),
            L("Ruth Adeyemi"),
        ],
    )
    assert names(record.attendance.present) == ["Greta Olsen", "Marcus Bell", "Ruth Adeyemi"]


def test_a_label_with_a_bracketed_aside_still_opens_the_list(tmp_path: Path) -> None:
    record = _paper(
        tmp_path,
        [
            L("ATTENDANCE (8pm).", gap=12),
            L("Greta Olsen, Marcus Bell, Ruth Adeyemi", gap=6),
            L("APOLOGIES", gap=6),
            L("Sam Ito", gap=6),
        ],
    )
    assert names(record.attendance.present) == ["Greta Olsen", "Marcus Bell", "Ruth Adeyemi"]
    assert names(record.attendance.apologies) == ["Sam Ito"]


def test_labels_that_lost_their_space_or_wear_a_markdown_hash_are_labels() -> None:
    assert section_label("MEMBERSPRESENT") == ("present", "MEMBERSPRESENT", "")
    assert section_label("#Present: Ann Lee (AL), Bo Kim (BK)")[0] == "present"


def test_a_sentence_ending_in_present_or_a_report_is_no_label() -> None:
    assert section_label("There were 12 members present:") is None
    assert section_label("Call to Order – the meeting was called to order at 7 pm by the chair") is None
    assert section_label("Residents in attendance – several raised the parking problem") is None


def test_names_that_attended_the_meeting_are_present_but_not_those_at_other_events(tmp_path: Path) -> None:
    record = _paper(
        tmp_path,
        [
            L("The meeting began at 3:30 pm. Vijay, Cam, Brie and Nuo attended the meeting.", gap=12),
        ],
    )
    assert names(record.attendance.present) == ["Vijay", "Cam", "Brie", "Nuo"]
    other = _paper(tmp_path, [L("Jordan Potter and Sia Piper attended several of the meets this season.", gap=12)])
    assert names(other.attendance.present) == []


def test_initials_in_brackets_part_two_people_whose_comma_was_lost(tmp_path: Path) -> None:
    record = _paper(tmp_path, [L("Present: Ann Lee (AL), Mike Weston (MW) Bea Kahn (BK)", gap=12)])
    assert names(record.attendance.present) == ["Ann Lee", "Mike Weston", "Bea Kahn"]


def test_someone_named_by_whose_they_are_is_not_a_person(tmp_path: Path) -> None:
    record = _paper(tmp_path, [L("Homeowners Attending:", gap=12), L("Michael Pike, Becky’s Husband", gap=4)])
    assert names(record.attendance.present) == ["Michael Pike"]


def test_several_lists_on_one_line_are_each_read() -> None:
    from indexer.structure.attendance import read_attendance

    one = read_attendance(["ROLL CALL: Council Members Present: Ann Jones, Bob Brown; Absent: Carl Lee"], [True])
    assert (names(one.present), names(one.absent)) == (["Ann Jones", "Bob Brown"], ["Carl Lee"])
    two = read_attendance(
        ["Directors Present: Ann Jones, Bob Brown. Directors Absent: Carl Lee. Staff Present: Dee Fox."], [True]
    )
    assert (names(two.present), names(two.absent)) == (["Ann Jones", "Bob Brown", "Dee Fox"], ["Carl Lee"])
    three = read_attendance(["Attendance: Ann Jones (Chair), Bob Brown, Carl Lee; Apologies: Dee Fox"], [True])
    assert (names(three.present), names(three.apologies)) == (["Ann Jones", "Bob Brown", "Carl Lee"], ["Dee Fox"])


def test_an_aside_before_the_labels_colon_is_not_a_person() -> None:
    from indexer.structure.attendance import read_attendance

    att = read_attendance(["Present (in person): Ann Jones, Bob Brown", "Present (virtually): Carl Lee"], [True, True])
    assert names(att.present) == ["Ann Jones", "Bob Brown", "Carl Lee"]


def test_an_item_number_before_the_label_does_not_split_a_wrapped_list() -> None:
    from indexer.structure.attendance import read_attendance

    att = read_attendance(["1. PRESENT: Ann Jones, Bob Brown, Carl Lee,", "Dee Fox, Eve Gray"], [True, False])
    assert names(att.present) == ["Ann Jones", "Bob Brown", "Carl Lee", "Dee Fox", "Eve Gray"]


def test_councillors_colon_over_a_list_opens_it_and_officers_keep_their_own_title() -> None:
    from indexer.structure.attendance import read_attendance

    lines = ["Councillors:", "Ann Jones", "Bob Brown", "Carl Lee", "Officers:", "Dee Fox, Clerk"]
    present = read_attendance(lines, [True, True, False, False, True, False]).present
    assert names(present) == ["Ann Jones", "Bob Brown", "Carl Lee", "Dee Fox"]
    assert [p.title for p in present] == ["Councillor", "Councillor", "Councillor", None]


def test_the_following_in_attendance_colon_lists_the_people(tmp_path: Path) -> None:
    record = _paper(
        tmp_path,
        [L("The meeting opened at 7pm with the following in attendance: Ann Jones, Bob Brown, Carl Lee.", gap=12)],
    )
    assert names(record.attendance.present) == ["Ann Jones", "Bob Brown", "Carl Lee"]
