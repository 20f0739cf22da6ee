"""Who came, read as the secretary of a small body prints it: residents' associations,
clubs, strata councils, parish and community councils, US town councils.

Each paper is a real PDF built on the fly from the KIND of layout (a label alone on its
line, one name a line, name–initials tables two people a row, a form whose labels sit in a
left column and wrap beside the names, "Name - here" roll calls, lead-in sentences),
never copied from a real paper.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from indexer.records import MeetingRecord
from tests.paperkit import L, structured, write_pdf

Cells = list[tuple[float, str]]  # (x in points, text): one printed row, cells apart


def write_rows(path: Path, rows: list[Cells | str], gaps: dict[int, float] | None = None) -> Path:
    """Rows of cells at fixed x positions, as word processors print side-by-side columns."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = A4[1] - 72
    for n, row in enumerate(rows):
        y -= (gaps or {}).get(n, 0)
        cells = [(72.0, row)] if isinstance(row, str) else row
        c.setFont("Helvetica", 11)
        for x, text in cells:
            c.drawString(x, y, text)
        y -= 11 * 1.35
    c.showPage()
    c.save()
    return path


def names(people: list) -> list[str]:
    return [p.name for p in people]


def test_board_members_present_one_name_a_line_stops_at_the_first_sentence(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "hoa.pdf",
            [
                [
                    L("Maple Court Homeowners Association", bold=True, size=14),
                    L("Meeting Minutes", gap=4),
                    L("March 4th, 2019"),
                    L("Board Members Present:", gap=12),
                    L("Dana Whitfield"),
                    L("Omar Rahimi"),
                    L("Lucy Tran"),
                    L("The meeting convened at 7:05 pm at the clubhouse on Birch Street.", gap=12),
                    L("1. Treasurer's Report", bold=True, gap=16),
                    L("The treasurer presented the accounts.", gap=6),
                ]
            ],
        )
    )
    assert names(record.attendance.present) == ["Dana Whitfield", "Omar Rahimi", "Lucy Tran"]


def test_attendees_label_without_colon_and_missing_members_are_absent(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "club.pdf",
            [
                [
                    L("Minutes for the Harbour Coding Club", bold=True, size=14),
                    L("Attendees", bold=True, gap=12),
                    L("Priya Nair, Tom Okafor, Sam, Ellen Brooks (Late)"),
                    L("Missing: Jordan, Kai Lindqvist", gap=12),
                    L("Agenda", bold=True, gap=16),
                    L("- Website", gap=6),
                ]
            ],
        )
    )
    assert names(record.attendance.present) == ["Priya Nair", "Tom Okafor", "Sam", "Ellen Brooks"]
    assert names(record.attendance.absent) == ["Jordan", "Kai Lindqvist"]


def test_name_initials_table_two_people_a_row_gives_each_person_and_their_initials(tmp_path: Path) -> None:
    rows: list[Cells | str] = [
        "Glenbrae Community Council",
        "Minutes of Meeting held on Tuesday 5th March 2024 in the Village Hall",
        [(72, "PRESENT"), (150, "Fiona Baird"), (280, "FBa"), (330, "Alan Reid"), (460, "AR")],
        [(150, "Hugh Morton"), (280, "HM"), (330, "Jean Paterson"), (460, "JP")],
        [(150, "Ross Kerr (SBC)"), (280, "RK")],
        "The meeting was chaired by AR.",
        "1 Police Report",
        "There were two calls for service.",
    ]
    record = structured(write_rows(tmp_path / "cc.pdf", rows, gaps={2: 12, 5: 12, 6: 16}))
    present = [(p.name, p.aliases) for p in record.attendance.present]
    assert present == [
        ("Fiona Baird", ["FBa"]),
        ("Alan Reid", ["AR"]),
        ("Hugh Morton", ["HM"]),
        ("Jean Paterson", ["JP"]),
        ("Ross Kerr", ["RK"]),
    ]


def test_two_column_present_list_reads_each_name_and_regrets_are_apologies(tmp_path: Path) -> None:
    rows: list[Cells | str] = [
        "MINUTES OF STRATA COUNCIL MEETING",
        "Wednesday, June 12, 2019",
        [(72, "1. PRESENT:"), (160, "Irene Walsh"), (330, "Victor Osei")],
        [(160, "Nadia Petrova"), (330, "Colin Hart")],
        "Regrets: Brenda Lowe, Ivan Sokolov",
        "2. CALL TO ORDER 7:30 PM",
    ]
    record = structured(write_rows(tmp_path / "strata.pdf", rows, gaps={2: 12, 4: 12, 5: 16}))
    assert names(record.attendance.present) == ["Irene Walsh", "Victor Osei", "Nadia Petrova", "Colin Hart"]
    assert names(record.attendance.apologies) == ["Brenda Lowe", "Ivan Sokolov"]


def test_form_with_labels_wrapping_in_the_left_column_sorts_present_absent_and_observers(tmp_path: Path) -> None:
    rows: list[Cells | str] = [
        "Riverside Rowing Club Board Meeting Minutes",
        [(180, "Ann Cole, Ben Dale, Cara Evans, Dev Fox,")],
        [(72, "MEMBERS"), (180, "Eli Grant, Fay Hill")],
        [(72, "PRESENT")],
        [(72, "MEMBERS"), (180, "Gus Ives, Hal Jones")],
        [(72, "ABSENT")],
        [(72, "OBSERVERS"), (180, "Ida Kemp")],
        "APPROVAL OF PREVIOUS MINUTES",
    ]
    record = structured(write_rows(tmp_path / "club.pdf", rows, gaps={1: 12, 4: 12, 7: 16}))
    assert names(record.attendance.present) == [
        "Ann Cole",
        "Ben Dale",
        "Cara Evans",
        "Dev Fox",
        "Eli Grant",
        "Fay Hill",
        "Ida Kemp",
    ]
    assert names(record.attendance.absent) == ["Gus Ives", "Hal Jones"]


def test_us_roll_call_name_here_lines_survive_gaps_and_a_roll_call_vote_is_no_attendance(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "town.pdf",
            [
                [
                    L("MINUTES - TOWN OF CEDAR GAP", bold=True),
                    L("REGULAR SESSION OF COUNCIL", gap=12),
                    L("ROLL CALL OF COUNCIL", gap=12),
                    L("Alvarez - here", gap=12),
                    L("Brandt - here"),
                    L("Chu - absent", gap=12),
                    L("Mayor Alvarez opened the meeting and asked for a motion on the agenda."),
                    L("ROLL CALL VOTE", gap=12),
                    L("Alvarez - yes", gap=12),
                    L("Brandt - yes"),
                ]
            ],
        )
    )
    assert names(record.attendance.present) == ["Alvarez", "Brandt"]
    assert names(record.attendance.absent) == ["Chu"]


def test_lead_in_sentence_then_one_name_a_line_drops_a_quoted_nickname(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "committee.pdf",
            [
                [
                    L("The meeting was called to order at 6:15 p.m. by chairman Hal Burke"),
                    L("Roll was called and the following precinct committeemen were present:", gap=12),
                    L("Hal Burke", gap=12),
                    L("Rosa “Dusty” Vance"),
                    L("Gary T Lund"),
                    L("Hal Burke moved and Gary Lund seconded to open nominations.", gap=12),
                ]
            ],
        )
    )
    assert names(record.attendance.present) == ["Hal Burke", "Rosa Vance", "Gary T Lund"]


def test_radio_club_present_by_call_sign_and_directors_also_present_sentence(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "radio.pdf",
            [
                [
                    L("LAKESIDE AMATEUR RADIO CLUB MEETING", bold=True),
                    L("Present: VE3ABC, VA3XY, VE3QRZ,", gap=12),
                    L("VE3KLM."),
                    L("Meeting called to order: at 7:35 PM by VE3ABC", gap=12),
                ]
            ],
        )
    )
    assert names(record.attendance.present) == ["VE3ABC", "VA3XY", "VE3QRZ", "VE3KLM"]


def test_board_attendance_sentence_with_a_count_and_guests_also_present(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "foundation.pdf",
            [
                [
                    L("Minutes of a Regular Meeting of the Board of Directors", bold=True),
                    L("Attendance", bold=True, gap=12),
                    L("The following members of the board of directors were present (4/5): Mara Quist,"),
                    L("Leon Baptiste, Hana Mori, and Piet de Wit."),
                    L("Rui Costa and Elle Fontaine were also present", gap=12),
                    L("Agenda Items", bold=True, gap=12),
                    L("1. Vote of the minutes of the previous meeting", gap=6),
                ]
            ],
        )
    )
    assert names(record.attendance.present) == [
        "Mara Quist",
        "Leon Baptiste",
        "Hana Mori",
        "Piet de Wit",
        "Rui Costa",
        "Elle Fontaine",
    ]


def test_numbered_apologies_label_with_a_sentence_and_mr_and_mrs_in_attendance(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "parish.pdf",
            [
                [
                    L("MINUTES OF A MEETING OF LITTLE ASHBY PARISH COUNCIL", bold=True),
                    L("PRESENT : Cllrs Nora Pike, Owen Hale, Ruth Moss", gap=12),
                    L("In attendance: Jill Stone (Clerk), Mr & Mrs Farrant, Mr Dev Patel", gap=12),
                    L("12. APOLOGIES FOR ABSENCE", bold=True, gap=12),
                    L("There were apologies from Cllrs Ian Cole and Fay Burr.", gap=12),
                    L("13. DECLARATIONS OF INTEREST", bold=True, gap=12),
                    L("None.", gap=6),
                ]
            ],
        )
    )
    assert [(p.name, p.title) for p in record.attendance.present] == [
        ("Nora Pike", "Cllr"),
        ("Owen Hale", "Cllr"),
        ("Ruth Moss", "Cllr"),
        ("Jill Stone", None),
        ("Farrant", "Mr"),
        ("Farrant", "Mrs"),
        ("Dev Patel", "Mr"),
    ]
    assert names(record.attendance.apologies) == ["Ian Cole", "Fay Burr"]


def test_visitors_after_the_absent_list_are_present_and_none_is_nobody(tmp_path: Path) -> None:
    record: MeetingRecord = structured(
        write_pdf(
            tmp_path / "association.pdf",
            [
                [
                    L("Elmwood Neighborhood Association Board Meeting Minutes", bold=True),
                    L("Present Board Members:", gap=12),
                    L("Rita Gomez, President"),
                    L("Paul Ng, Beacon Editor, City Liaison"),
                    L("Absent Board Members:", gap=12),
                    L("Ken Oduya"),
                    L("Visitors:", gap=12),
                    L("Tracy Bell of Kenmore"),
                    L("Guests:", gap=12),
                    L("None"),
                    L("Meeting commenced at 7:40 p.m. at the library.", gap=12),
                ]
            ],
        )
    )
    assert [(p.name, p.role) for p in record.attendance.present] == [
        ("Rita Gomez", "President"),
        ("Paul Ng", "Beacon Editor, City Liaison"),
        ("Tracy Bell", None),
    ]
    assert names(record.attendance.absent) == ["Ken Oduya"]


def test_all_members_present_takes_the_members_the_letterhead_lists(tmp_path: Path) -> None:
    rows: list[Cells | str] = [
        [(72, "City of Anyport"), (330, "Commissioners:")],
        [(72, "Mayor Dana Cruz"), (330, "Ruth A. Byrne, Chairman")],
        [(72, "Licensing Board"), (330, "Omar T. Haddad")],
        [(330, "Lena P. Ortiz")],
        [(330, "Executive Secretary:")],
        [(330, "Grace Fenn")],
        "Voting Agenda, May 7, 2020",
        "(all members present)",
        "1. Licensee: Harbour Tavern, LLC",
        "Manager: Karen Doyle",
    ]
    record = structured(write_rows(tmp_path / "board.pdf", rows, gaps={6: 12, 8: 12}))
    assert names(record.attendance.present) == ["Ruth A. Byrne", "Omar T. Haddad", "Lena P. Ortiz"]


def test_councillors_listed_under_the_masthead_with_no_label_are_present(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "parish.pdf",
            [
                [
                    L("MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON WEDNESDAY 9TH JULY 2014", bold=True),
                    L("Chairman M. Ashdown", gap=12),
                    L("Vice Chairman P. Greer"),
                    L("Parish Councillor Mrs F. Hollis"),
                    L("J. Dunmore"),
                    L("R. Kettle"),
                    L("Cllr Ashdown opened the meeting at 7.30pm."),
                    L("APOLOGIES", bold=True, gap=16),
                    L("Cllr Mrs Quinn had sent an apology as she was on holiday.", gap=6),
                    L("PLANNING", bold=True, gap=16),
                    L("No applications had been received.", gap=6),
                ]
            ],
        )
    )
    assert names(record.attendance.present) == ["M. Ashdown", "P. Greer", "F. Hollis", "J. Dunmore", "R. Kettle"]
    assert names(record.attendance.apologies) == ["Quinn"]


def test_leave_of_absence_inside_the_first_item_with_numbered_members_on_a_line(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "centre.pdf",
            [
                [
                    L("MINUTES OF MEETING", bold=True),
                    L("The Local Centre conducted a Committee Meeting on Friday 29th December 2022.", gap=12),
                    L("MEMBERS PRESENT", bold=True, gap=12),
                    L("1. Dr. R. Iyer, Chairman", gap=6),
                    L("2. Mr. S. Nathan, Honorary Secretary"),
                    L("1. WELCOME BY CHAIRMAN:", bold=True, gap=16),
                    L("The Chairman extended a warm welcome to all the Committee Members.", gap=6),
                    L("LEAVE OF ABSENCE APPROVED", bold=True, gap=12),
                    L("The leaves of absence requested by the following members were granted."),
                    L("1. Ms. P. Devi 2. Er. K. Mohan 3. Mrs. Lakshmi"),
                    L("2. TO CONFIRM THE MINUTES", bold=True, gap=16),
                    L("The minutes were confirmed.", gap=6),
                ]
            ],
        )
    )
    assert names(record.attendance.present) == ["R. Iyer", "S. Nathan"]
    assert names(record.attendance.apologies) == ["P. Devi", "K. Mohan", "Lakshmi"]


def test_with_no_list_the_chair_who_called_the_meeting_to_order_was_there(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "board.pdf",
            [
                [
                    L("MINUTES OF THE MONTHLY MEETING OF COMMUNITY BOARD #4", bold=True),
                    L("The Chairperson, Rosa Delgado, called the meeting to order.", gap=12),
                    L("Public Session:", bold=True, gap=16),
                    L("Residents spoke about the new bus lanes.", gap=6),
                ]
            ],
        )
    )
    assert names(record.attendance.present) == ["Rosa Delgado"]


def test_first_names_in_attendance_sentence_read_even_where_the_pdf_lost_its_spaces(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "society.pdf",
            [
                [
                    L("Committee Meeting", bold=True),
                    L("1 Attendance", bold=True, gap=16),
                    L("Mia,Noah,Zara,IvoandLeewereinattendance", gap=12),
                    L("2 Events", bold=True, gap=16),
                    L("The trivia night was discussed.", gap=6),
                ]
            ],
        )
    )
    assert names(record.attendance.present) == ["Mia", "Noah", "Zara", "Ivo", "Lee"]


def test_offices_after_a_name_are_not_people_and_a_room_is_not_a_guest(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "association.pdf",
            [
                [
                    L("Elmwood Neighborhood Association Board Meeting Minutes", bold=True),
                    L("Present:", gap=12),
                    L("Rita Gomez, President"),
                    L("Paul Ng"),
                    L("Absent:", gap=12),
                    L("Tim Holmes, Editor & Webmaster"),
                    L("Guests: Lena Park, Oak Room", gap=12),
                    L("Meeting commenced at 7:40 p.m. at the library.", gap=12),
                ]
            ],
        )
    )
    assert names(record.attendance.present) == ["Rita Gomez", "Paul Ng", "Lena Park"]
    assert names(record.attendance.absent) == ["Tim Holmes"]


def test_present_were_offices_then_holders_in_a_prose_paragraph_and_also_present_after_it(tmp_path: Path) -> None:
    """A homeowners' board writes who came as prose: "Present were President, A; …, At
    Large, B and Secretary, C. Also present were , D and E." (a stray comma included)."""
    record = structured(
        write_pdf(
            tmp_path / "ranch.pdf",
            [
                [
                    L("WILLOW BEND PROPERTY OWNERS, INC.", bold=True),
                    L("BOARD OF DIRECTORS MEETING", bold=True),
                    L("A regular meeting of the Board of Directors was held on March 3, 2015. Present were"),
                    L("President, Carla Nunez; Vice-President, Owen Pratt; Treasurer, Hal Beck; At Large,"),
                    L("Rosa Imlay and Secretary, Dana Fitch. Also present were , Ken Ash and Lou Varga."),
                    L("1. APPROVAL OF MINUTES", bold=True, gap=12),
                    L("The minutes of the February meeting were approved."),
                ]
            ],
        )
    )
    present = record.attendance.present
    assert names(present) == [
        "Carla Nunez",
        "Owen Pratt",
        "Hal Beck",
        "Rosa Imlay",
        "Dana Fitch",
        "Ken Ash",
        "Lou Varga",
    ]
    assert [p.role for p in present[:5]] == ["President", "Vice-President", "Treasurer", "At Large", "Secretary"]


def test_initials_and_office_in_one_bracket_give_an_alias_and_a_role(tmp_path: Path) -> None:
    """ "Lena Park (LP, Chair)" and "Tom Reyes (Secretary, TR)": a club's present list."""
    record = structured(
        write_pdf(
            tmp_path / "club.pdf",
            [
                [
                    L("Harbour Rowing Club Committee Meeting", bold=True),
                    L("Present:", gap=12),
                    L("Lena Park (LP, Chair), Tom Reyes (Secretary, TR), Ada Moss (AM)"),
                    L("1 Minutes of the previous meeting", bold=True, gap=12),
                    L("Accepted."),
                ]
            ],
        )
    )
    present = {p.name: (p.aliases, p.role) for p in record.attendance.present}
    assert present == {"Lena Park": (["LP"], "Chair"), "Tom Reyes": (["TR"], "Secretary"), "Ada Moss": (["AM"], None)}
