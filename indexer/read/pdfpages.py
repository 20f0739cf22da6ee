"""PDF → pages: pdfplumber for text with fonts (its character dicts built directly, see
indexer/read/charobjects.py), pdfium where a page is too big or broken,
Tesseract (indexer/read/ocr.py) where a page is a scan.

One page at a time, each closed as soon as it is read, so a 1,000-page pack costs no
more memory than a 10-page one.
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

from indexer.errors import UnreadablePaper
from indexer.read.charobjects import lean
from indexer.read.contentstream import interpret
from indexer.read.garbled import map_symbol_chars, tidy
from indexer.read.inflate import StreamTooLarge, inflation_bomb
from indexer.read.mend import mend_pages, needs_reading
from indexer.read.ocr import OcrPage, ocr_pdf_pages, tesseract_available
from indexer.read.textlines import clean_text, join_lines, text_pages
from indexer.records import Line, Page

MAX_PAGES = 5000
MAX_CONTENT_BYTES = 4 * 1024 * 1024  # a dense text page draws ~50 KB; a vector map can draw megabytes
MAX_PAGE_CHARS = 100_000
_WORD_GAP_EM = 0.15  # see _word_gaps


def pdf_pages(path: Path, data: bytes | None, ocr: bool) -> tuple[list[Page], list[str], str]:
    """Every page's lines; scans read by OCR; and, if nothing is readable, the reason why."""
    import pdfplumber

    _check_pdf_header(path, data[:1024] if data is not None else path.open("rb").read(1024))
    source = data if data is not None else path
    pages: list[Page] = []
    covers: dict[int, float] = {}
    blank: set[int] = set()  # pages that draw nothing at all: no OCR can read a letter there
    warnings: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data) if data is not None else path) as pdf:
            if len(pdf.pages) == 0:
                raise UnreadablePaper(str(path), "PDF has no pages")
            if len(pdf.pages) > MAX_PAGES:
                raise UnreadablePaper(str(path), f"{len(pdf.pages)} pages, over the {MAX_PAGES} a paper may have")
            for page in pdf.pages:
                read, covers[page.page_number], drawn = _read_page(lean(page), source, warnings)
                pages.append(read)
                if not drawn:
                    blank.add(page.page_number)
    except UnreadablePaper:
        raise
    except StreamTooLarge as exc:
        raise UnreadablePaper(str(path), str(exc)) from None
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types on damaged files
        raise UnreadablePaper(str(path), _pdf_problem(exc)) from None
    # A page in a font with no Unicode map is mended line by line, keeping its layout,
    # even when no letter on it reads: only a page with no text layer is a scan.
    garbled = [p.number for p in pages if needs_reading(p)]
    scans = [p.number for p in pages if p.number not in garbled and _looks_scanned(p, covers.get(p.number, 0.0))]
    unread = ""
    can_ocr = ocr and tesseract_available()
    why = "" if can_ocr else ("install tesseract-ocr to read it" if ocr else "OCR is turned off")
    to_read = [n for n in scans if n not in blank] + garbled  # a blank page reads as blank without Tesseract
    results = (
        (ocr_pdf_pages(source, to_read, text_only=garbled) if to_read else {})
        if can_ocr and (scans or garbled)
        else None
    )
    if scans and results is not None:
        problems = _apply_ocr(pages, {n: results[n] for n in scans if n in results}, warnings)
        unread = f"no text layer, and OCR found no text on its {_count(scans, 'page')}" + (
            f" ({problems[0]})" if problems else ""
        )
    elif scans:
        warnings.append(f"no text layer on page(s) {_ranges(scans)} — scanned? {why}")
        unread = f"no text layer (scanned?) on its {_count(scans, 'page')}; {why}"
    if garbled:
        mended, left = mend_pages(pages, garbled, results)
        warnings.extend(mended)
        if left:
            warnings.append(f"page(s) {_ranges(left)}: text in a font with no Unicode map left out — {why}")
    return pages, warnings, unread


def _check_pdf_header(path: Path, head: bytes) -> None:
    """Say what a file named .pdf really is: websites serve error pages under PDF links."""
    if b"%PDF" in head:
        return
    lower = head.lower()
    if b"<html" in lower or b"<!doctype" in lower:
        kind = "an HTML page, not a PDF"
    elif head.startswith(b"PK\x03\x04"):
        kind = "a ZIP or Office file, not a PDF"
    elif head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        kind = "an image, not a PDF"
    else:
        kind = "not a PDF"
    raise UnreadablePaper(str(path), f"{kind} (no %PDF header)")


def _pdf_problem(exc: Exception) -> str:
    """One line a clerk can act on, from whatever pdfminer raised (often wrapped by pdfplumber)."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.psexceptions import PSEOF

    cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    if isinstance(cause, PDFPasswordIncorrect):
        return "encrypted PDF: it needs a password to open, so it was skipped"
    if isinstance(cause, PDFEncryptionError):
        return f"encrypted PDF that cannot be opened ({cause or type(cause).__name__}), so it was skipped"
    detail = str(cause).strip() or type(cause).__name__
    if isinstance(cause, PSEOF) or "EOF" in detail:
        return f"damaged or truncated PDF ({detail})"
    return f"damaged PDF ({type(cause).__name__}: {detail})"


def _read_page(page, source: bytes | Path, warnings: list[str]) -> tuple[Page, float, bool]:  # noqa: ANN001
    """One page, never more than a page's worth of time and memory; also how much of it
    images cover, and whether it draws anything at all (see _draws_something).

    pdfplumber makes a Python object per character and per path; a page carrying
    megabytes of drawing instructions (a vector map, a broken export with one 10 MB
    line) is read by pdfium instead, which keeps only the text that is on the page.
    """
    number = page.page_number
    try:
        size = _content_bytes(page)
        if size > MAX_CONTENT_BYTES:
            warnings.append(f"page {number}: {size / 1e6:.0f} MB of drawing instructions, read without layout")
            return _plain_page(source, number, warnings), 0.0, True
        read, cover = _read_pdf_page(page)
        drawn = _draws_something(page)
    except Exception as exc:  # noqa: BLE001 - a damaged page never costs the other pages theirs
        bomb = inflation_bomb(exc)
        if bomb:
            # Reading the page another way (pdfium, OCR) would inflate the same stream whole.
            raise StreamTooLarge(f"page {number}: {bomb}") from None
        warnings.append(f"page {number}: {_pdf_problem(exc)}; read without layout")
        return _plain_page(source, number, warnings), 0.0, True
    finally:
        page.flush_cache()
        page.close()
    return _capped(read, warnings), cover, drawn


def _content_bytes(page) -> int:  # noqa: ANN001 - pdfplumber.Page
    """Decoded size of the page's content streams (pdfminer keeps the decoded bytes for its parse)."""
    total = 0
    for stream in page.page_obj.contents:
        data = stream.get_data() if hasattr(stream, "get_data") else b""
        total += len(data or b"")
    return total


def _plain_page(source: bytes | Path, number: int, warnings: list[str]) -> Page:
    """The page's visible text by pdfium, as plain lines: no fonts, but nothing lost."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(source)
        try:
            page = pdf[number - 1]
            textpage = page.get_textpage()
            text = textpage.get_text_bounded()
            textpage.close()
            page.close()
        finally:
            pdf.close()
    except (pypdfium2.PdfiumError, ValueError, OSError) as exc:
        warnings.append(f"page {number}: unreadable ({exc})")
        return Page(number=number, text="")
    lines = text_pages(text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n"))[0].lines
    lines = [Line(**{**ln.__dict__, "text": tidy(ln.text)}) for ln in lines if tidy(ln.text)]
    return _capped(Page(number=number, text=join_lines([ln.text for ln in lines]), lines=lines), warnings)


def _capped(page: Page, warnings: list[str]) -> Page:
    """No page holds more than MAX_PAGE_CHARS; the densest real page holds about 10,000."""
    if len(page.text) <= MAX_PAGE_CHARS:
        return page
    kept: list[Line] = []
    room = MAX_PAGE_CHARS
    for line in page.lines:
        if room <= 0:
            break
        kept.append(line if len(line.text) <= room else Line(**{**line.__dict__, "text": line.text[:room]}))
        room -= len(line.text) + 1
    warnings.append(f"page {page.number}: text cut to {MAX_PAGE_CHARS:,} of its {len(page.text):,} characters")
    return Page(number=page.number, text=join_lines([ln.text for ln in kept]), lines=kept, tables=page.tables)


def _looks_scanned(page: Page, image_cover: float) -> bool:
    """No text, or a few stamped characters over a page-sized image (a scan with "Page 3" added)."""
    letters = sum(ch.isalnum() for ch in page.text)
    return letters == 0 or (letters < 20 and image_cover >= 0.3)


def _apply_ocr(pages: list[Page], results: dict[int, OcrPage], warnings: list[str]) -> list[str]:
    problems = []
    for page in pages:
        result = results.get(page.number)
        if result is None:
            continue
        if result.problem:
            problems.append(result.problem)
            warnings.append(f"page {page.number}: {result.problem}")
        lines = [Line(**{**ln.__dict__, "text": clean_text(ln.text)}) for ln in result.lines]
        lines = [ln for ln in lines if ln.text.strip()]
        if lines:
            page.lines, page.tables, page.ocr = lines, [], True
            page.text = join_lines([ln.text for ln in lines])
    return problems


def _read_pdf_page(page) -> tuple[Page, float]:  # noqa: ANN001 - pdfplumber.Page
    """The page's lines and tables, and how much of the page its images cover (for OCR)."""
    interpret(page)  # pdfminer's drawing of the page, its content stream read by one regex
    map_symbol_chars(page.chars)  # Word's Symbol bullets and Wingdings ticks, before words are built
    gaps = _word_gaps(page.chars)
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, extra_attrs=["fontname", "size"], **gaps)
    lines = _group_lines(words)
    tables: list[list[list[str]]] = []
    try:
        for table in page.find_tables():
            rows = table.extract(**gaps)
            if rows and len(rows) > 1 and max(len(r) for r in rows) > 1:
                tables.append([[tidy(clean_text(c or "").strip()) for c in row] for row in rows])
    except Exception:  # noqa: BLE001 - a damaged table never costs the page its text
        tables = []
    read = Page(number=page.page_number, text=join_lines([ln.text for ln in lines]), lines=lines, tables=tables)
    return read, _image_cover(page)


def _draws_something(page) -> bool:  # noqa: ANN001 - pdfplumber.Page
    """Whether the page draws anything OCR could read: an image, a curve or line, a visible
    character, an annotation, or more than a background and a border.

    Packs carry blank pages (a separator, the back of a single-sided sheet, a white rectangle
    the size of the page); with no text they count as scans, and Tesseract read nothing on
    every such page of the shared papers, for ~0.4 s of CPU each.
    """
    try:
        objects = page.objects
        if any(kind not in ("char", "rect") for kind, found in objects.items() if found):
            return True
        if len(objects.get("rect", [])) > 2 or page.annots:
            return True
        return any(not char["text"].isspace() for char in objects.get("char", []))
    except Exception:  # noqa: BLE001 - a page we cannot look into is read as before
        return True


def _word_gaps(chars: list[dict]) -> dict[str, float]:
    """How wide a gap between letters breaks a word, for pages that draw no spaces.

    Most PDFs draw a space character between words. Some exporters (a licensing board's
    minutes, a parish clerk's PDF printer, LaTeX) draw none and leave a gap of a quarter
    em; pdfplumber's fixed 3 pt tolerance glues 10–12 pt words together
    ("TheWildRoverLocation:63ChathamSt"). Measured against the type size, a word break
    is any gap over 0.15 em, wider than kerning and narrower than any font's space.
    """
    spaces = sum(1 for c in chars if c.get("text") == " ")
    return {"x_tolerance_ratio": _WORD_GAP_EM} if chars and spaces < 0.01 * len(chars) else {}


def _image_cover(page) -> float:  # noqa: ANN001 - pdfplumber.Page
    area = float(page.width * page.height) or 1.0
    covered = sum(
        max(0.0, float(im["x1"] - im["x0"])) * max(0.0, float(im["bottom"] - im["top"])) for im in page.images
    )
    return min(1.0, covered / area)


def _group_lines(words: list[dict]) -> list[Line]:
    """Words sharing a baseline become one line; a wide gap keeps its columns apart.

    Superscripts ("17th" in town-council minutes) sit above the baseline in a smaller
    size; they join the line they belong to instead of making a line of their own.
    """
    if not words:
        return []
    body = max(Counter(round(w["size"]) for w in words).items(), key=lambda kv: kv[1])[0]
    normal = [w for w in words if w["size"] >= 0.8 * body]
    small = [w for w in words if w["size"] < 0.8 * body]
    rows: list[list[dict]] = []
    for word in sorted(normal, key=lambda w: (round(w["bottom"]), w["x0"])):
        if rows and abs(rows[-1][0]["bottom"] - word["bottom"]) <= 2.5:
            rows[-1].append(word)
        else:
            rows.append([word])
    for word in small:
        home = next((r for r in rows if r[0]["top"] - 2 <= word["bottom"] <= r[0]["bottom"] + 2), None)
        if home is not None:
            home.append(word)
        else:
            rows.append([word])
    rows.sort(key=lambda r: r[0]["bottom"])
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        parts = [row[0]["text"]]
        for prev, word in zip(row, row[1:]):
            gap = word["x0"] - prev["x1"]
            size = max(word["size"], 1)
            sep = "\t" if gap > 1.5 * size else (" " if gap > 0.8 or word["size"] >= 0.8 * body else "")
            parts.append(sep + word["text"])
        text = tidy(clean_text("".join(parts)).strip())
        if not text:
            continue
        bold_chars = sum(len(w["text"]) for w in row if _is_bold(w.get("fontname", "")))
        total = sum(len(w["text"]) for w in row)
        lines.append(
            Line(
                text=text,
                top=float(row[0]["top"]),
                x0=float(row[0]["x0"]),
                x1=float(row[-1]["x1"]),
                size=float(max(w["size"] for w in row)),
                bold=bold_chars >= 0.6 * total,
            )
        )
    return lines


def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return any(mark in name for mark in ("bold", "black", "heavy", "semibold", ",b", "fett"))


# --- wording ---------------------------------------------------------------------------


def _ranges(numbers: list[int]) -> str:
    """[2, 3, 4, 7] → "2–4, 7": page lists in warnings stay one short line."""
    spans: list[list[int]] = []
    for n in sorted(numbers):
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    parts = [str(a) if a == b else f"{a}–{b}" for a, b in spans]
    return ", ".join(parts[:8]) + (" …" if len(parts) > 8 else "")


def _count(numbers: list[int], noun: str) -> str:
    return f"{len(numbers)} {noun}" + ("" if len(numbers) == 1 else "s")
