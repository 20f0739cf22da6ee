"""Words read apart on pages that draw no space characters, and kept whole where spaces are drawn.

Some exporters place each word on its own and draw no spaces; pdfplumber's fixed 3 pt
gap then glues a 10 pt line into one "word" ("TheWildRoverLocation:63ChathamSt"), text
that is letters but not words. The papers here are made both ways.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from indexer.read.extract import extract


def no_space_paper(path: Path, lines: list[str], size: float = 10) -> Path:
    """Each word placed on its own, as exporters that draw no space characters do."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 760.0
    for line in lines:
        x = 72.0
        for word in line.split():
            c.setFont("Helvetica", size)
            c.drawString(x, y, word)
            x += pdfmetrics.stringWidth(word + " ", "Helvetica", size)
        y -= 1.6 * size
    c.showPage()
    c.save()
    return path


def test_a_paper_that_draws_no_spaces_reads_its_words_apart(tmp_path: Path) -> None:
    lines = [
        "Minutes of the Licensing Board meeting held on 9 January 2025",
        "Present: Kathleen Joyce (Chair), Keeana Saxon, Liam Curran",
        "3. The Wild Rover, 63 Chatham St: no violation found.",
    ]
    text = extract(no_space_paper(tmp_path / "licensing-2025-01-09.pdf", lines)).pages[0].text
    assert text.splitlines() == lines


def test_letter_spaced_capitals_in_a_paper_that_draws_spaces_stay_one_word(tmp_path: Path) -> None:
    path = tmp_path / "committee.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    heading = c.beginText(72, 760)
    heading.setFont("Helvetica-Bold", 14)
    heading.setCharSpace(2.5)  # tracked capitals, as a masthead is often set
    heading.textOut("FINANCE COMMITTEE")
    c.drawText(heading)
    c.setFont("Helvetica", 10)
    c.drawString(72, 740, "The committee met on 4 May and approved the accounts for the year.")
    c.showPage()
    c.save()
    assert extract(path).pages[0].text.splitlines()[0] == "FINANCE COMMITTEE"
