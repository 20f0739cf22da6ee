"""Which lines are items when a paper prints its business at more than one level.

A clerk reads the outer level as the items: capitals over title-case sub-headings, the
numbers at the headings' margin over a numbered list set in under one of them, a lettered
part's roman-numbered parts where the letter only groups them ("5a(i)"). A voting sheet with
one numbered matter still has that item; a lettered item whose letter the text layer lost
is still the next letter.
"""

from __future__ import annotations

from pathlib import Path

from tests.paperkit import L, item, structured, write_pdf


def _titles(tmp_path: Path, lines: list[L]) -> list[tuple[str | None, str]]:
    record = structured(write_pdf(tmp_path / "paper.pdf", [lines]))
    return [(i.number, i.title) for i in record.items]


def test_capital_headings_are_the_items_and_title_case_ones_stay_inside_them(tmp_path: Path) -> None:
    lines = [L("MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON 4TH MAY 2016"), L("Present: Cllrs Ames and Bryce")]
    for head, sub in [
        ("APOLOGIES", None),
        ("MINUTES OF THE MEETING HELD ON 6TH APRIL 2016", None),
        ("CLERK’S REPORT", None),
        ("FINANCE", "Payments In"),
        ("PLANNING", "Applications Received"),
        ("CORRESPONDENCE", None),
    ]:
        lines.append(L(head, bold=True, gap=12))
        lines.append(L("The council noted the report and agreed to take no further action."))
        if sub:
            lines.append(L(sub, bold=True, gap=12))
            lines.append(L("Two were listed and noted without comment by the council."))
    assert _titles(tmp_path, lines) == [
        (None, "APOLOGIES"),
        (None, "MINUTES OF THE MEETING HELD ON 6TH APRIL 2016"),
        (None, "CLERK’S REPORT"),
        (None, "FINANCE"),
        (None, "PLANNING"),
        (None, "CORRESPONDENCE"),
    ]


def test_a_capital_heading_with_a_title_case_sub_heading_straight_below_is_still_an_item(tmp_path: Path) -> None:
    lines = [L("MINUTES OF THE VILLAGE COMMITTEE"), L("Present: Cllrs Ames and Bryce")]
    for head in ["APOLOGIES", "MATTERS ARISING", "PLAY AREA", "INSPECTION REPORTS", "ANY OTHER BUSINESS"]:
        lines.append(L(head, bold=True, gap=12))
        if head == "INSPECTION REPORTS":
            lines.append(L("Upper Field", bold=True))
        lines.append(L("The committee noted the report and agreed to take no further action."))
    assert (None, "INSPECTION REPORTS") in _titles(tmp_path, lines)


def test_a_bold_list_set_in_under_an_item_does_not_break_the_item_numbers(tmp_path: Path) -> None:
    lines = [L("MINUTES OF MEETING", bold=True), L("The committee met on Friday 29th December 2022.")]
    for n, title in [(1, "WELCOME BY CHAIRMAN"), (2, "TO CONFIRM THE MINUTES"), (3, "TO APPROVE THE ACCOUNTS")]:
        lines += [L(f"{n}. {title}", bold=True, gap=12), L("The members agreed.", indent=30)]
    lines.append(L("4. REPORT ON THE TECHNICAL ACTIVITIES", bold=True, gap=12))
    lines.append(L("The Secretary presented the events proposed.", indent=30))
    for n, event in [(8, "Seminar on Water Resources"), (9, "Workshop on Robotics"), (10, "Seminar on Data Science")]:
        lines.append(L(f"{n}. {event}", bold=True, indent=20, gap=6))
    lines += [L("5. DATE OF THE NEXT MEETING", bold=True, gap=12), L("It will be held in January.", indent=30)]
    assert [n for n, _ in _titles(tmp_path, lines)] == ["1", "2", "3", "4", "5"]


def test_roman_parts_under_a_grouping_letter_are_items_cited_5a_i(tmp_path: Path) -> None:
    lines = [
        L("Executive Committee", bold=True),
        L("Present: Ann Ames (AA); Bob Bryce (BB)"),
        L("1. Agenda Distributed", bold=True, gap=10),
        L("Call for additions. None forwarded.", indent=18),
        L("2. Committee Reports", bold=True, gap=10),
        L("a) Awards – AA noted that no nominations have been received.", indent=18),
        L("b) Newsletter – the deadline for the spring edition is 10 March.", indent=18),
        L("3. Action Items", bold=True, gap=10),
        L("a) Old Business", bold=True, indent=18, gap=6),
        L("i) Merit Badge Event . BB is coordinating the April event.", indent=36, gap=6),
        L("ii) Annual Report Status. The report was filed by the deadline.", indent=36, gap=6),
        L("b) New Business", bold=True, indent=18, gap=6),
        L("i) Tour Speakers . AA will be coordinating speakers this year.", indent=36, gap=6),
        L("ii) Financial Report Format . BB will bring a new format.", indent=36, gap=6),
    ]
    assert _titles(tmp_path, lines) == [
        ("1", "Agenda Distributed"),
        ("2", "Committee Reports"),
        ("2a", "Awards"),
        ("2b", "Newsletter"),
        ("3", "Action Items"),
        ("3a(i)", "Merit Badge Event"),
        ("3a(ii)", "Annual Report Status"),
        ("3b(i)", "Tour Speakers"),
        ("3b(ii)", "Financial Report Format"),
    ]


def test_lettered_sentences_with_a_stop_are_notes_not_items(tmp_path: Path) -> None:
    lines = [
        L("Student Board", bold=True),
        L("1. Notifications", bold=True, gap=10),
        L("a. The minutes of April were adopted unanimously.", indent=18),
        L("b. the account balance was read out by the treasurer.", indent=18),
        L("c. Nothing else was raised under this heading today.", indent=18),
        L("2. Events", bold=True, gap=10),
        L("The spring party is on 3 May.", indent=18),
    ]
    assert [n for n, _ in _titles(tmp_path, lines)] == ["1", "2"]


def test_a_voting_sheet_with_one_numbered_matter_has_that_item(tmp_path: Path) -> None:
    lines = [
        L("Voting Agenda, May 7, 2020", bold=True, size=14),
        L("(all members present)", bold=True),
        L("Disciplinary Hearings, May 5, 2020", bold=True, gap=10),
        L("1. Licensee: Riverside Tavern, LLC", indent=18, gap=10),
        L("Licensed Premise: 12 River Street", indent=36),
        L("Manager: Jo Doe", indent=36),
        L("Date: 4/4/2020: Incident Report: a call for a noise disturbance;", indent=36, gap=6),
        L("SUSPENSION TO BE HELD IN ABEYANCE FOR SIX (6) MONTHS.", indent=36, gap=6),
    ]
    assert _titles(tmp_path, lines) == [("1", "Licensee: Riverside Tavern, LLC")]


def test_a_stray_number_one_in_running_text_is_not_an_item(tmp_path: Path) -> None:
    lines = [
        L("Club Meeting Notes", bold=True, size=14),
        L("The meeting discussed the car park and the fees.", gap=10),
        L("1. The fee rises in June, members were told at the meeting.", gap=10),
        L("The treasurer will write to the members about the fee.", gap=10),
    ]
    assert all(n != "1" for n, _ in _titles(tmp_path, lines))


def test_a_lettered_ordinance_whose_letter_was_lost_is_the_next_letter(tmp_path: Path) -> None:
    lines = [L("CITY COUNCIL MINUTES"), L("Present: Mayor White; Councilmembers Ames and Bryce")]
    lines.append(L("11. UNFINISHED BUSINESS - (Ordinances)", gap=12))
    for letter, what in [
        ("a", "to annex 1.39 acres on Transit Drive"),
        ("b", "to annex 0.49 acre on Prosperity Avenue"),
    ]:
        lines.append(L(f"{letter}. Ordinance {what} and to provide the zoning", indent=30, gap=10))
        lines.append(L("designation of a residential district", indent=60))
        lines.append(L("(Presented by Assistant City Manager Jo Doe)", indent=60))
    lines.append(L("Ordinance to appropriate $450,000 in the Solid Waste Fund for the", indent=60, gap=10))
    lines.append(L("acquisition of equipment", indent=60))
    lines.append(L("(Presented by Budget Director Ann Ames)", indent=60))
    lines.append(L("12. ADJOURN", gap=12))
    record = structured(write_pdf(tmp_path / "paper.pdf", [lines]))
    assert [i.number for i in record.items] == ["11", "11a", "11b", "11c", "12"]
    assert item(record, "11c").title.startswith("Ordinance to appropriate $450,000")


def test_a_bold_heading_set_larger_than_the_text_opens_an_item_without_a_gap(tmp_path: Path) -> None:
    lines = [
        L("Minutes for the Coding Club", size=20),
        L("Attendees", bold=True, size=13, gap=10),
        L("Ann Ames, Bob Bryce"),
        L("Missing: Cara Cole", gap=6),
        L("Agenda", bold=True, size=13, gap=10),
        L("- Barbecue", indent=18),
        L("- Proposed projects", indent=18),
        L("Notes", bold=True, size=13, gap=10),
        L("- The website was changed to allow agendas.", indent=18),
        L("- Someone needs to manage the club page.", indent=18),
        L("Announcements", bold=True, size=13, gap=10),
        L("- Bob to post on the club page about the barbecue.", indent=18),
        L("- Ann to talk at the next guild meeting.", indent=18),
        L("Closing Comments", bold=True, size=13),
        L("There will be no meeting next week."),
    ]
    assert [t for _, t in _titles(tmp_path, lines)][-3:] == ["Notes", "Announcements", "Closing Comments"]


def test_a_councils_numbered_motions_are_titled_by_the_business_they_settle(tmp_path: Path) -> None:
    lines = [L("Township of Anyplace", bold=True), L("Regular Council Meeting, May 14, 2024"), L("Present: Mayor Ames")]
    for n, (movers, motion) in enumerate(
        [
            ("J. Ames, B. Bryce:", "That we accept the correspondence as presented. Carried."),
            (
                "B. Bryce, C. Cole:",
                "That the minutes of the meeting held May 9, 2024, be adopted as published. Carried.",
            ),
            ("C. Cole, J. Ames:", "That the meeting be adjourned. Time: 7:16 p.m. Carried."),
        ],
        start=112,
    ):
        lines += [L(f"R2024-{n} {movers}", bold=True, gap=10), L(motion)]
    assert [t for _, t in _titles(tmp_path, lines)] == [
        "Correspondence",
        "Minutes of the meeting held May 9, 2024",
        "Adjournment",
    ]


def test_a_name_in_capitals_run_in_before_a_stop_opens_unnumbered_business(tmp_path: Path) -> None:
    lines = [L("Executive Committee"), L("Present: Ann Ames (AA); Bob Bryce (BB)")]
    for n, title in [(1, "Agenda Distributed"), (2, "Approval of Minutes"), (3, "Treasurer’s Report")]:
        lines.append(L(f"{n}. {title} . AA moved acceptance, BB second. Vote: all in favor.", gap=10))
    lines.append(L("STUDENT CHAPTER. CD presented the activities of the student chapter.", gap=10))
    lines.append(L("Next meeting will be held on 10 April 2003 at 4:30 PM.", gap=10))
    lines.append(L("Minutes recorded by KNOX H. WHITE, Secretary.", gap=10))
    assert _titles(tmp_path, lines) == [
        ("1", "Agenda Distributed"),
        ("2", "Approval of Minutes"),
        ("3", "Treasurer’s Report"),
        (None, "STUDENT CHAPTER"),
    ]


def test_the_next_number_printed_a_little_off_the_margin_is_still_the_next_item(tmp_path: Path) -> None:
    lines = [L("RADIO CLUB MEETING", bold=True, size=14), L("Present: VE7AAA, VE7BBB, VE7CCC")]
    for n, title in [(1, "Repeater grant"), (2, "Creston repeater"), (3, "Invermere repeater"), (4, "Elections")]:
        lines.append(L(f"{n}. {title}: the members heard a report and asked questions.", indent=50, gap=10))
        lines.append(L("The report was accepted by the meeting without change.", indent=68))
    lines.append(L("5. Outgoing Executive Reports: the president thanked the members.", indent=37, gap=10))
    lines.append(L("He wished the new executive well.", indent=68))
    assert [n for n, _ in _titles(tmp_path, lines)] == ["1", "2", "3", "4", "5"]


def test_a_heading_that_opens_a_numbering_groups_it_and_is_not_an_item(tmp_path: Path) -> None:
    lines = [
        L("COMMUNITY BOARD MINUTES", bold=True),
        L("MUSEUM OF LOCAL HERITAGE", bold=True),
        L("36 HARBOUR PLACE", bold=True),
        L("Present: Ann Ames, Bob Bryce, Cara Cole", gap=10),
        L("The Chairperson called the meeting to order.", gap=10),
        L("Public Session:", bold=True, gap=10),
        L("Residents spoke about the skating rink and the ferry terminal."),
        L("Committee Reports:", bold=True, gap=10),
        L("A. Executive Committee:", bold=True, gap=8),
        L("The committee reported on the rink proposal."),
        L("B. Landmarks Committee:", bold=True, gap=8),
        L("The committee reported on the pier sheds."),
        L("C. Waterfront Committee:", bold=True, gap=8),
        L("The committee reported on the ferry terminal."),
    ]
    assert _titles(tmp_path, lines) == [
        (None, "Public Session"),
        ("A", "Executive Committee"),
        ("B", "Landmarks Committee"),
        ("C", "Waterfront Committee"),
    ]
