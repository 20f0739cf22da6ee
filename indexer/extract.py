"""Paper → Document: page-aware text with the layout facts later stages read.

Council PDFs repeat a running header and footer on every page and break words across
lines ("call-\nouts"); both are undone here so no later stage has to know about them.
"""

from __future__ import annotations

import hashlib
import html
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

from indexer.errors import UnreadablePaper
from indexer.records import Document, Line, Page

SUPPORTED_SUFFIXES = (".pdf", ".txt", ".html", ".htm", ".docx")
MAX_PAGES = 5000
_PAGE_NUMBER = re.compile(r"^(page\s*\|?\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def clean_text(text: str) -> str:
    """Fold the Unicode that PDFs carry but readers never type (ligatures, NBSP, RTL marks)."""
    for lig, plain in _LIGATURES.items():
        text = text.replace(lig, plain)
    text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    text = text.replace("\u00ad", "")  # soft hyphen
    return _ZERO_WIDTH.sub("", text)


def extract(path: Path, ocr: bool = True) -> Document:
    """Read any supported paper into pages; raise UnreadablePaper with a one-line reason."""
    path = Path(path)
    if not path.is_file():
        raise UnreadablePaper(str(path), "not a file")
    if path.stat().st_size == 0:
        raise UnreadablePaper(str(path), "empty file (0 bytes)")
    digest = sha256_of(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        pages, warnings = _pdf_pages(path, ocr)
    elif suffix == ".txt":
        pages, warnings = _text_pages(path.read_text(encoding="utf-8", errors="replace")), []
    elif suffix in (".html", ".htm"):
        pages, warnings = _text_pages(_html_text(path)), []
    elif suffix == ".docx":
        pages, warnings = _text_pages(_docx_text(path)), []
    else:
        raise UnreadablePaper(str(path), f"unsupported file type {suffix or '(none)'}")
    pages = strip_running_lines(pages)
    if not any(p.text.strip() for p in pages):
        reason = "no text layer — scanned?"
        if suffix == ".pdf" and not tesseract_available():
            reason += " (install tesseract-ocr to read it)"
        raise UnreadablePaper(str(path), reason)
    return Document(source=str(path), sha256=digest, pages=pages, warnings=warnings)


# --- PDF -------------------------------------------------------------------------------


def _pdf_pages(path: Path, ocr: bool) -> tuple[list[Page], list[str]]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    head = path.open("rb").read(1024)
    if b"%PDF" not in head:
        kind = "HTML" if b"<html" in head.lower() or b"<!doctype" in head.lower() else "not"
        raise UnreadablePaper(str(path), f"{kind} a PDF (no %PDF header)")
    pages: list[Page] = []
    warnings: list[str] = []
    try:
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) == 0:
                raise UnreadablePaper(str(path), "PDF has no pages")
            if len(pdf.pages) > MAX_PAGES:
                raise UnreadablePaper(str(path), f"over {MAX_PAGES} pages")
            for page in pdf.pages:
                pages.append(_read_pdf_page(page))
                page.flush_cache()
                page.close()
    except UnreadablePaper:
        raise
    except PDFPasswordIncorrect:
        raise UnreadablePaper(str(path), "encrypted PDF (password required)") from None
    except PDFSyntaxError as exc:
        raise UnreadablePaper(str(path), f"corrupt PDF ({exc})") from None
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types on damaged files
        name = type(exc).__name__
        if "Password" in name or "Encrypt" in name:
            raise UnreadablePaper(str(path), "encrypted PDF (password required)") from None
        raise UnreadablePaper(str(path), f"corrupt PDF ({name}: {exc})"[:200]) from None
    empty = [p.number for p in pages if not p.text.strip()]
    if empty and ocr and tesseract_available():
        ocr_pages = ocr_pdf_pages(path, empty)
        for page in pages:
            if page.number in ocr_pages:
                page.text, page.lines, page.ocr = ocr_pages[page.number], [], True
                page.lines = [Line(text=t) for t in page.text.splitlines() if t.strip()]
    elif empty:
        warnings.append(f"no text layer on page(s) {_ranges(empty)} — scanned?")
    return pages, warnings


def _read_pdf_page(page) -> Page:  # noqa: ANN001 - pdfplumber.Page
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, extra_attrs=["fontname", "size"])
    lines = _group_lines(words)
    tables: list[list[list[str]]] = []
    try:
        for table in page.find_tables():
            rows = table.extract()
            if rows and len(rows) > 1 and max(len(r) for r in rows) > 1:
                tables.append([[clean_text(c or "").strip() for c in row] for row in rows])
    except Exception:  # noqa: BLE001 - a damaged table never costs the page its text
        tables = []
    return Page(
        number=page.page_number,
        text=join_lines([ln.text for ln in lines]),
        lines=lines,
        tables=tables,
    )


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
        text = clean_text("".join(parts)).strip()
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
    return any(mark in name for mark in ("bold", "black", "heavy", "semibold", ",b"))


def join_lines(lines: list[str]) -> str:
    """Join lines, mending words hyphenated across a break ("call-\\nouts" → "call-outs")."""
    out: list[str] = []
    for line in lines:
        if out and re.search(r"[A-Za-z]-$", out[-1]) and re.match(r"[a-z]", line):
            out[-1] = out[-1] + line
        else:
            out.append(line)
    return "\n".join(out)


# --- headers and footers ---------------------------------------------------------------


def strip_running_lines(pages: list[Page]) -> list[Page]:
    """Drop lines that recur at the top or bottom of most pages, and bare page numbers.

    ModernGov prints the meeting name atop every page; town councils print "Page | 2" and
    the committee name below; a header left in would split an item's text mid-sentence.
    """
    if not pages:
        return pages
    edge = Counter()
    for page in pages:
        for line in _edge_lines(page):
            edge[_shape(line.text)] += 1
    needed = max(2, int(len(pages) * 0.5 + 0.5))
    running = {shape for shape, count in edge.items() if count >= needed} if len(pages) > 1 else set()
    cleaned = []
    for page in pages:
        edges = {id(line) for line in _edge_lines(page)}
        keep = [
            line
            for line in page.lines
            if not (id(line) in edges and (_shape(line.text) in running or _PAGE_NUMBER.match(line.text.strip())))
        ]
        if page.lines:
            text = join_lines([ln.text for ln in keep])
        else:
            text = page.text
        cleaned.append(Page(number=page.number, text=text, lines=keep, tables=page.tables, ocr=page.ocr))
    return cleaned


def _edge_lines(page: Page) -> list[Line]:
    return page.lines[:3] + page.lines[-3:] if len(page.lines) > 6 else list(page.lines)


def _shape(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.lower().split()))


# --- other formats ---------------------------------------------------------------------


def _text_pages(text: str) -> list[Page]:
    """Plain text: form feeds separate pages, as pdftotext writes them.

    Blank lines become vertical gaps, so paragraphs read the same as in a PDF.
    """
    pages = []
    for number, chunk in enumerate(clean_text(text).split("\f"), start=1):
        lines: list[Line] = []
        top = 0.0
        for raw in chunk.splitlines():
            top += 12.0
            if raw.strip():
                lines.append(Line(text=" ".join(raw.split()), top=top, size=10.0))
            else:
                top += 12.0
        pages.append(Page(number=number, text=join_lines([ln.text for ln in lines]), lines=lines))
    return pages


class _TextOfHtml(HTMLParser):
    _BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _html_text(path: Path) -> str:
    parser = _TextOfHtml()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    return html.unescape("".join(parser.parts))


def _docx_text(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            xml = archive.read("word/document.xml").decode("utf-8", errors="replace")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise UnreadablePaper(str(path), f"not a readable .docx ({exc})") from None
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"<w:tab/>", "\t", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


# --- OCR -------------------------------------------------------------------------------


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def ocr_pdf_pages(path: Path, numbers: list[int], dpi: int = 300) -> dict[int, str]:
    """Render image-only pages and read them with Tesseract, one page at a time."""
    import pypdfium2

    texts: dict[int, str] = {}
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for number in numbers:
                image = pdf[number - 1].render(scale=dpi / 72).to_pil()
                png = Path(tmp) / f"p{number}.png"
                image.convert("L").save(png)
                result = subprocess.run(
                    ["tesseract", str(png), "stdout", "--psm", "6"],
                    capture_output=True,
                    text=True,
                    timeout=300,
                    check=False,
                )
                texts[number] = clean_text(result.stdout)
                png.unlink()
    finally:
        pdf.close()
    return texts


def _ranges(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers[:10]) + (" …" if len(numbers) > 10 else "")
