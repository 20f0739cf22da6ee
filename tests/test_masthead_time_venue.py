"""When and where the meeting sat, from the masthead or the "called to order" line.

Small bodies put the time and room in the sentence that opens the minutes ("Meeting
called to order at 4:36 PM in Room 12"), print 24-hour times with a dot ("AT 19.00"), and
wrap the venue over two lines just before the attendance list; a user reading the
meeting's page expects the room, not the room followed by the list of members.
"""

from __future__ import annotations

from pathlib import Path

from tests.paperkit import L, structured, write_pdf


def test_called_to_order_line_gives_time_and_room(tmp_path: Path) -> None:
    lines = [
        L("Executive Committee"),
        L("Anytown Section, ACS"),
        L("MEETING MINUTES", bold=True),
        L("9 January 2003", bold=True),
        L("Meeting called to order at 4:36 PM in Science Building Room 126."),
        L("Present: Ben Cole (BC); Dana Shaw (DS); Lydia Hart (LH)"),
        L("1. Agendas Distributed", bold=True, gap=12),
        L("Call for agenda additions."),
    ]
    record = structured(write_pdf(tmp_path / "minutes.pdf", [lines]))
    assert (record.meeting_date, record.meeting_time, record.venue) == (
        "2003-01-09",
        "16:36",
        "Science Building Room 126",
    )


def test_dotted_24_hour_time_and_a_wrapped_venue_stop_at_the_attendance(tmp_path: Path) -> None:
    lines = [
        L("ANYTOWN COMMUNITY COUNCIL", bold=True, size=14),
        L("Minutes of a Meeting held on Tuesday 4th March 2014 AT 19.00 in the Anytown Community"),
        L("Hall"),
        L("Present", column="Margaret Carey   MCa"),
        L("John Slater   JS", indent=72),
        L("1. Police Report", bold=True, gap=12),
        L("The officer had sent a report."),
    ]
    record = structured(write_pdf(tmp_path / "minutes.pdf", [lines]))
    assert (record.meeting_time, record.venue) == ("19:00", "Anytown Community Hall")
