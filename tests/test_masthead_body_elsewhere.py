"""Which body met, when the masthead names only the organisation: a club's minutes say it
when they approve the minutes of its last general meeting; a homeowners' association known
by its letters ("… HOA") is the organisation.

Real PDFs built on the fly from the KIND of layout, never copied from a real paper.
"""

from __future__ import annotations

from pathlib import Path

from tests.paperkit import L, structured, write_pdf


def _read(tmp_path: Path, head: list, opening: str) -> object:
    return structured(
        write_pdf(
            tmp_path / "club.pdf",
            [
                head
                + [
                    L("ATTENDANCE", bold=True, gap=10),
                    L("Alice Moore, Brian Hale, Carla Ruiz"),
                    L(opening, gap=10),
                    L("TREASURER'S REPORT", bold=True, gap=10),
                    L("The balance is healthy.", gap=4),
                    L("GENERAL BUSINESS", bold=True, gap=10),
                    L("The gala will be held in March.", gap=4),
                ]
            ],
        )
    )


def test_a_clubs_minutes_of_its_last_general_meeting_name_the_body(tmp_path: Path) -> None:
    record = _read(
        tmp_path,
        [
            L("Westbrook Rowing Club Inc.", bold=True, size=15),
            L("9th April 2024", gap=6),
            L("Westbrook Rowing Club Meeting"),
        ],
        "Minutes from the previous general meeting were read and approved.",
    )
    assert (record.organisation, record.body) == ("Westbrook Rowing Club Inc.", "General Meeting")


def test_without_such_a_line_the_body_stays_unknown(tmp_path: Path) -> None:
    record = _read(
        tmp_path,
        [
            L("Westbrook Rowing Club Inc.", bold=True, size=15),
            L("9th April 2024", gap=6),
            L("Westbrook Rowing Club Meeting"),
        ],
        "The previous minutes were read and approved.",
    )
    assert record.body is None


def test_an_hoa_known_by_its_letters_is_the_organisation(tmp_path: Path) -> None:
    record = _read(
        tmp_path,
        [L("Maple Court 3 HOA Monthly Meeting Minutes", bold=True, size=20), L("September 11, 2023 | 6:34pm | Pool")],
        "The meeting opened at 6:34pm.",
    )
    assert record.organisation == "Maple Court 3 HOA"
