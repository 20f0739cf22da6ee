"""Paper → Document: page-aware text with the layout facts later stages read.

Council PDFs repeat a running header and footer on every page and break words across
lines ("call-\nouts"); both are undone here so no later stage has to know about them.
Whatever a paper throws at us (no text layer, a lock, a truncated download, a page of
10 MB) ends as text, a warning naming the page, or UnreadablePaper with one line saying
why; never a traceback and never a batch stopped.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
import zipfile
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

from indexer.errors import UnreadablePaper
from indexer.read.ocr import tesseract_available
from indexer.read.pdfpages import pdf_pages
from indexer.read.textlines import clean_text, join_lines, text_pages
from indexer.records import Document, Line, Page

__all__ = ["SUPPORTED_SUFFIXES", "clean_text", "extract", "join_lines", "sha256_of", "tesseract_available"]

SUPPORTED_SUFFIXES = (".pdf", ".txt", ".html", ".htm", ".docx")
SNAPSHOT_BYTES = 256 * 1024 * 1024  # papers up to this are read once into memory (see extract)
MAX_DOCX_XML = 64 * 1024 * 1024  # word/document.xml of a 300-page report is a few MB; more is a zip bomb
_PAGE_NUMBER = re.compile(r"^(page\s*\|?\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def extract(path: Path, ocr: bool = True) -> Document:
    """Read any supported paper into pages; raise UnreadablePaper with a one-line reason.

    The file is read once into memory and hashed from those same bytes, so the text and
    the sha256 recorded for it always belong together even if the file is being copied
    or rewritten while the batch runs; the next run sees the new sha256 and reads it again.
    """
    path = Path(path)
    if not path.is_file():
        raise UnreadablePaper(str(path), "not a file")
    before = _stamp(path)
    if before[0] == 0:
        raise UnreadablePaper(str(path), "empty file (0 bytes)")
    try:
        data = path.read_bytes() if before[0] <= SNAPSHOT_BYTES else None
        digest = hashlib.sha256(data).hexdigest() if data is not None else sha256_of(path)
        document = _read(path, data, digest, ocr)
    except UnreadablePaper as exc:
        if _stamp(path) != before:
            raise UnreadablePaper(str(path), f"changed while being read ({exc.reason}); read it again later") from None
        raise
    except OSError as exc:
        raise UnreadablePaper(str(path), f"could not be opened ({exc.strerror or exc})") from None
    if data is None and sha256_of(path) != digest:
        raise UnreadablePaper(str(path), "changed while being read; read it again later")
    return document


def _stamp(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (-1, -1)
    return stat.st_size, stat.st_mtime_ns


def _read(path: Path, data: bytes | None, digest: str, ocr: bool) -> Document:
    suffix = path.suffix.lower()
    warnings: list[str] = []
    if suffix == ".pdf":
        pages, warnings, unread = pdf_pages(path, data, ocr)
    elif suffix in (".txt", ".html", ".htm", ".docx"):
        raw = data if data is not None else path.read_bytes()
        if suffix == ".txt":
            pages = text_pages(raw.decode("utf-8", errors="replace"))
        elif suffix == ".docx":
            pages = text_pages(_docx_text(path, raw))
        else:
            pages = text_pages(_html_text(raw.decode("utf-8", errors="replace")))
        unread = ""
    else:
        raise UnreadablePaper(str(path), f"unsupported file type {suffix or '(none)'}")
    pages = strip_running_lines(pages)
    if not any(p.text.strip() for p in pages):
        raise UnreadablePaper(str(path), unread or "no text on any page")
    return Document(source=str(path), sha256=digest, pages=pages, warnings=warnings)


# --- headers and footers ---------------------------------------------------------------


def strip_running_lines(pages: list[Page]) -> list[Page]:
    """Drop lines that recur at the same edge (top or foot) of most pages, and bare page numbers.

    ModernGov prints the meeting name atop every page; town councils print "Page | 2" and
    the committee name below; a header left in would split an item's text mid-sentence.
    A shape counts once per page and per edge: a planning list of alike lines
    ("Application 21/0101 – no objection raised.") running from one page's foot onto the
    next page's top is text, not a footer.
    """
    if not pages:
        return pages
    cleaned = _without_running_lines(pages)
    if any(p.text.strip() for p in pages) and not any(p.text.strip() for p in cleaned):
        # Pages that differ only in their numbers (a statement of figures, a form run
        # off per month) recur whole: what recurs is then the paper, not its frame.
        return pages
    return cleaned


def _without_running_lines(pages: list[Page]) -> list[Page]:
    needed = max(2, int(len(pages) * 0.5 + 0.5))
    running: list[set[str]] = []
    for edge in (_top_lines, _foot_lines):
        counts = Counter(shape for page in pages for shape in {_shape(line.text) for line in edge(page)})
        running.append({shape for shape, count in counts.items() if count >= needed} if len(pages) > 1 else set())
    cleaned = []
    for page in pages:
        top = running[0] if page is not pages[0] or not _masthead_repeated(page, running[0]) else set()
        drop = {id(line) for line in _top_lines(page) if _shape(line.text) in top}
        drop |= {id(line) for line in _foot_lines(page) if _shape(line.text) in running[1]}
        drop |= {id(line) for line in _top_lines(page) + _foot_lines(page) if _PAGE_NUMBER.match(line.text.strip())}
        keep = [line for line in page.lines if id(line) not in drop]
        text = join_lines([ln.text for ln in keep]) if page.lines else page.text
        cleaned.append(Page(number=page.number, text=text, lines=keep, tables=page.tables, ocr=page.ocr))
    return cleaned


def _masthead_repeated(page: Page, running: set[str]) -> bool:
    """Whether the running header is the whole masthead, printed again atop every page
    ("STRATA PLAN NW 2050 / Strata Council Meeting / Wednesday, April 26, 2017"): a block
    of two or more lines. On the first page it is the masthead, where the body and the
    meeting's date are read from, so it stays there; a one-line running header ("Board of
    Directors – 12 March 2023") sits above a masthead of its own and goes."""
    return sum(_shape(line.text) in running for line in _top_lines(page)) >= 2


def _top_lines(page: Page) -> list[Line]:
    return page.lines[:3]


def _foot_lines(page: Page) -> list[Line]:
    return page.lines[-3:]


def _shape(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.lower().split()))


# --- other formats ---------------------------------------------------------------------


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


def _html_text(text: str) -> str:
    parser = _TextOfHtml()
    parser.feed(text)
    return html.unescape("".join(parser.parts))


def _docx_text(path: Path, data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if archive.getinfo("word/document.xml").file_size > MAX_DOCX_XML:
                raise UnreadablePaper(str(path), "not a readable .docx (its text unpacks to over 64 MB)")
            xml = archive.read("word/document.xml").decode("utf-8", errors="replace")
    except (zipfile.BadZipFile, KeyError, EOFError, NotImplementedError) as exc:
        raise UnreadablePaper(str(path), f"not a readable .docx ({exc})") from None
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"<w:tab/>", "\t", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))
