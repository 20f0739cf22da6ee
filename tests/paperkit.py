"""Make small real PDFs for tests: lines of text, bold where asked, many pages if needed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors, pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Table, TableStyle

from indexer.records import AgendaItem, MeetingRecord


@dataclass
class L:
    """One printed line: text, bold or not, indent in points, optional second column."""

    text: str
    bold: bool = False
    indent: float = 0
    column: str | None = None
    size: float = 11
    gap: float = 0  # extra space above, in points (paragraph breaks)


@dataclass
class T:
    """A ruled table (grid lines round every cell), as Word and ModernGov print action
    tables and attendance grids; pdfplumber's ``find_tables`` sees the rules."""

    rows: list[list[str]]
    widths: list[float] | None = None  # column widths in points; reportlab sizes them if None
    bold_header: bool = True
    size: float = 10
    gap: float = 8  # extra space above, in points


def write_pdf(
    path: Path,
    pages: list[list[L | T | str]],
    header: str | None = None,
    footer: bool = False,
    password: str | None = None,
) -> Path:
    """Write ``pages`` of lines; a header and "Page N of M" footer repeat on every page.

    With ``password`` the file is encrypted and opens only with that user password.
    """
    lock = (
        pdfencrypt.StandardEncryption(password, ownerPassword=f"{password}-owner", strength=128) if password else None
    )
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, encrypt=lock)
    width, height = A4
    for number, lines in enumerate(pages, start=1):
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(72, height - 40, header)
        y = height - 72
        for line in lines:
            if isinstance(line, T):
                y = _draw_table(c, line, y, width - 144)
                continue
            line = L(line) if isinstance(line, str) else line
            y -= line.gap
            c.setFont("Helvetica-Bold" if line.bold else "Helvetica", line.size)
            c.drawString(72 + line.indent, y, line.text)
            if line.column:
                c.setFont("Helvetica", line.size)
                c.drawString(300, y, line.column)
            y -= line.size * 1.35
        if footer:
            c.setFont("Helvetica", 8)
            c.drawString(width / 2 - 20, 30, f"Page {number} of {len(pages)}")
        c.showPage()
    c.save()
    return path


def _draw_table(c: canvas.Canvas, table: T, y: float, width: float) -> float:
    """Draw ``table`` with its top edge at ``y`` (less its gap); return the y below it."""
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONT", (0, 0), (-1, -1), "Helvetica", table.size),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if table.bold_header:
        style.append(("FONT", (0, 0), (-1, 0), "Helvetica-Bold", table.size))
    grid = Table(table.rows, colWidths=table.widths, style=TableStyle(style), hAlign="LEFT")
    _, h = grid.wrapOn(c, width, y)
    top = y - table.gap + table.size  # the line above left ``y`` at its next baseline
    grid.drawOn(c, 72, top - h)
    return top - h - table.size * 1.35


def structured(path: Path) -> MeetingRecord:
    """A made-up paper read by the layout rules alone (no NLP): what structure tests check."""
    from indexer.read.extract import extract
    from indexer.structure.reader import read_structure

    record = read_structure(extract(path))
    assert isinstance(record, MeetingRecord)
    return record


def annotated(path: Path) -> MeetingRecord:
    """A made-up paper read by the whole pipeline, NLP included (people, votes, commitments)."""
    from indexer.pipeline import read_paper

    record, _ = read_paper(path)
    assert isinstance(record, MeetingRecord)
    return record


def item(record: MeetingRecord, number: str) -> AgendaItem:
    """The one agenda item numbered ``number``; fails listing every item when there is not one."""
    found = [i for i in record.items if i.number == number]
    assert len(found) == 1, [(i.number, i.title) for i in record.items]
    return found[0]
