"""Make small real PDFs for tests: lines of text, bold where asked, many pages if needed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


@dataclass
class L:
    """One printed line: text, bold or not, indent in points, optional second column."""

    text: str
    bold: bool = False
    indent: float = 0
    column: str | None = None
    size: float = 11
    gap: float = 0  # extra space above, in points (paragraph breaks)


def write_pdf(path: Path, pages: list[list[L | str]], header: str | None = None, footer: bool = False) -> Path:
    """Write ``pages`` of lines; a header and "Page N of M" footer repeat on every page."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    for number, lines in enumerate(pages, start=1):
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(72, height - 40, header)
        y = height - 72
        for line in lines:
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
