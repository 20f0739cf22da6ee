"""Who came to a radio club's meeting: members listed by first name and call sign, where
the call sign names the member and the first name is how the minutes call them.

Real PDFs built on the fly from the KIND of layout, never copied from a real paper.
"""

from __future__ import annotations

from pathlib import Path

from tests.paperkit import L, structured, write_pdf


def test_first_name_and_call_sign_is_read_as_the_call_sign(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "club.pdf",
            [
                [
                    L("RIVERSIDE AMATEUR RADIO CLUB", bold=True, size=15),
                    L("ZOOM MEETING Tuesday, May 25, 2021 (7:15PM)", gap=4),
                    L("Attendees: - Doug VA7QZ, Jeff VA7BAJ, Kathy Reid VE7KFR", gap=10),
                    L("1. ADOPTION OF AGENDA", bold=True, gap=12),
                    L("Motion to adopt by Jeff VA7BAJ. Motion passed.", gap=4),
                    L("2. REPEATER REPORT", bold=True, gap=12),
                    L("The repeater is working well.", gap=4),
                ]
            ],
        )
    )
    present = record.attendance.present
    assert [p.name for p in present] == ["VA7QZ", "VA7BAJ", "Kathy Reid"]
    assert present[1].aliases == ["Jeff"]
    assert present[2].aliases == ["VE7KFR"]
