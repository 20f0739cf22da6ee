"""Minutes saved as text from a ModernGov page: each name alone on its line, its
"· organisation" on the line below, blank lines between (no fonts, no gaps to read)."""

from __future__ import annotations

from pathlib import Path

from tests.paperkit import structured

MODERNGOV_TEXT = """
Anytown County Council

Fostering Panel
Minutes of the Meeting held on Tuesday, 6th February, 2024 at 2.00 pm in Room 4 - County Hall
\tPresent:
\tMembers
\t

\tCounty Councillor Amy Stone
\t\u00b7 Anytown County Council

\t
\tCounty Councillor Joe Wills
\t\u00b7 Anytown County Council

\t
\tPriya Das
\t\u00b7 Independent Member
\tOther Attendees
\t
\tMark Lowe
\t\u00b7 Democratic Services, ACC

1.   Apologies
No apologies were received.
2.   Panel Recommendations
The Panel considered two recommendations.
"""


def test_text_copy_of_moderngov_gives_each_attendee_with_group_and_organisation(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(MODERNGOV_TEXT, encoding="utf-8")
    record = structured(path)
    assert [(p.name, p.group, p.organisation) for p in record.attendance.present] == [
        ("Amy Stone", "Members", "Anytown County Council"),
        ("Joe Wills", "Members", "Anytown County Council"),
        ("Priya Das", "Members", "Independent Member"),
        ("Mark Lowe", "Other Attendees", "Democratic Services, ACC"),
    ]
