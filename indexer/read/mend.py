"""Garbled pages mended: OCR's reading put into the lines the PDF drew, or garbage left out.

A page set in a font with no Unicode map still draws every glyph where it belongs, and
pdfplumber still knows each line's position, size and boldness; only the letters are
missing. So the page is rendered and read by Tesseract, and each garbled line takes the
text of the OCR line printed at the same height, keeping the PDF's layout facts: a bold
heading in a garbled font is still a bold heading. Lines that read well are kept as
the PDF gave them. What OCR cannot read is left out and named in a warning; garbage
never reaches the record.
"""

from __future__ import annotations

from dataclasses import replace

from indexer.read.garbled import garbled, mostly_not_words, not_words_share, strip_garbage, tidy
from indexer.read.ocr import OcrPage
from indexer.read.textlines import clean_text, join_lines
from indexer.records import Line, Page

_MIN_OVERLAP = 0.5  # of the shorter line's height: OCR and PDF lines at the same height


def needs_reading(page: Page) -> bool:
    """A page with a garbled line, or whose letters mostly spell nothing."""
    return any(garbled(line.text) for line in page.lines) or mostly_not_words(page.text)


def mend_pages(
    pages: list[Page], numbers: list[int], results: dict[int, OcrPage] | None
) -> tuple[list[str], list[int]]:
    """Mend the given pages in place from their OCR results (None: OCR could not run).

    Returns warnings for pages OCR read only in part, and the pages with lines left out
    for want of OCR, which the caller names in one warning with the reason.
    """
    warnings: list[str] = []
    unread: list[int] = []
    for page in pages:
        if page.number not in numbers:
            continue
        if results is None:
            if mend_page(page, None):
                unread.append(page.number)
            continue
        result = results.get(page.number) or OcrPage(page.number)
        if result.problem:
            warnings.append(f"page {page.number}: {result.problem}")
        left_out = mend_page(page, result.lines)
        if left_out:
            warnings.append(
                f"page {page.number}: {_lines(left_out)} in a font with no Unicode map that OCR could not read, left out"
            )
    return warnings, unread


def mend_page(page: Page, ocr_lines: list[Line] | None) -> int:
    """Put OCR's text into the page's garbled lines; return how many lines were left out.

    With ``ocr_lines`` None (no OCR to be had) garbled lines keep the letters they do
    name when those are most of the line, and are dropped otherwise.
    """
    all_suspect = mostly_not_words(page.text)
    suspects = {i for i, line in enumerate(page.lines) if all_suspect or garbled(line.text)}
    if not suspects:
        return 0
    if ocr_lines and not any(line.x1 for line in page.lines):
        # a page read without layout (pdfium's plain text) has no heights to match: take OCR's page
        page.lines, page.tables, page.ocr = _clean(ocr_lines), [], True
        page.text = join_lines([ln.text for ln in page.lines])
        return 0
    readings, covered = _readings(page.lines, ocr_lines or [])
    if all_suspect and ocr_lines is not None and not _reads_better(readings, page.lines):
        return 0  # OCR spells no more words than the PDF did: codes or names, not a private encoding
    kept: list[Line] = []
    left_out = read = 0
    for i, line in enumerate(page.lines):
        if i not in suspects:
            kept.append(line)
            continue
        text = readings.get(i, "")
        if text:
            kept.append(replace(line, text=text))
            read += 1
            continue
        text = "" if all_suspect else strip_garbage(line.text)
        if text:
            kept.append(replace(line, text=text))
        elif i not in covered:  # a covered line was read into its neighbour's OCR line
            left_out += 1
    page.lines = kept
    page.text = join_lines([ln.text for ln in kept])
    page.tables = [] if all_suspect else [t for t in page.tables if not any(garbled(c) for row in t for c in row)]
    page.ocr = page.ocr or read > 0
    return left_out


def _readings(lines: list[Line], ocr_lines: list[Line]) -> tuple[dict[int, str], set[int]]:
    """OCR text for each PDF line: every OCR line goes to the PDF line it overlaps most in height.

    Also the PDF lines an OCR line spans without being theirs: in a ruled table a label
    set between two lines of its neighbour cell ("DC Comment") is read by Tesseract into
    the neighbour's line, so it is not missing.
    """
    found: dict[int, list[Line]] = {}
    covered: set[int] = set()
    for ocr_line in _clean(ocr_lines):
        overlaps = [(_overlap(line, ocr_line), i) for i, line in enumerate(lines)]
        best_overlap, best = max(overlaps, default=(0.0, -1))
        if best_overlap > _MIN_OVERLAP:
            found.setdefault(best, []).append(ocr_line)
            covered.update(i for overlap, i in overlaps if overlap > _MIN_OVERLAP / 2)
    readings = {i: "\t".join(ln.text for ln in sorted(group, key=lambda ln: ln.x0)) for i, group in found.items()}
    return readings, covered


def _clean(lines: list[Line]) -> list[Line]:
    kept = [replace(ln, text=tidy(clean_text(ln.text)).strip()) for ln in lines]
    return [ln for ln in kept if ln.text and not garbled(ln.text)]


def _overlap(a: Line, b: Line) -> float:
    a_height, b_height = max(a.size, 1.0), max(b.size, 1.0)
    shared = min(a.top + a_height, b.top + b_height) - max(a.top, b.top)
    return shared / min(a_height, b_height)


def _reads_better(readings: dict[int, str], lines: list[Line]) -> bool:
    ocr_share, ocr_count = not_words_share("\n".join(readings.values()))
    pdf_share, _ = not_words_share("\n".join(ln.text for ln in lines))
    return ocr_count > 0 and ocr_share < pdf_share / 2


def _lines(count: int) -> str:
    return f"{count} line" + ("" if count == 1 else "s")
