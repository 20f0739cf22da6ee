"""Scanned pages → lines, by Tesseract, one page at a time and within a time limit.

Photocopier scans (Greenville's minutes are one) have no text layer at all. Each page is
rendered by pdfium to a grey bitmap, handed to ``tesseract`` on stdin, and read back as
TSV so every line keeps its position and height: the structure stage finds paragraph
breaks from vertical gaps, and a scan should read like the printed page did.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median

from indexer.records import Line

DPI = 300  # 200 loses letters on faint scans ("Augusta" → "Auqusta"); 300 is Tesseract's own advice
MAX_PIXELS = 16_000_000  # an A3 page at ~286 dpi; bigger pages render smaller, so memory stays bounded
PAGE_SECONDS = 60.0  # a clean A4 page takes 1–5 s; a page over this is noise or a poster
BATCH_PAGES = 8  # pages one Tesseract reads in turn: its model loads once, not once a page (~0.15 s CPU)
_MIN_LINE_CONFIDENCE = 50  # whole lines below this are logos, crests and stamps read as letters
_MIN_WORD_CONFIDENCE = 20
_SURE, _DOUBTFUL = 85, 70  # printed words score 90+; crest fragments beside them score under 70


@dataclass
class OcrPage:
    number: int
    lines: list[Line] = field(default_factory=list)
    problem: str | None = None  # why this page has no text, in a few words


def tesseract_available(command: str = "tesseract") -> bool:
    return shutil.which(command) is not None


def ocr_pdf_pages(
    source: Path | bytes,
    numbers: list[int],
    dpi: int = DPI,
    page_seconds: float = PAGE_SECONDS,
    command: str = "tesseract",
    text_only: Collection[int] = (),
) -> dict[int, OcrPage]:
    """Read the given 1-based pages of a PDF by OCR; a page that fails says why and the rest go on.

    Pages in ``text_only`` are rendered without their vector drawing: a table's rules
    touching its text make Tesseract drop whole rows, and a page whose text layer is
    garbled (indexer/read/mend.py) still draws its letters, so only they are kept.
    """
    import pypdfium2

    results: dict[int, OcrPage] = {}
    pdf = pypdfium2.PdfDocument(source)
    try:
        with tempfile.TemporaryDirectory(prefix="minuted-ocr-") as folder:
            batch: list[tuple[int, Path, float]] = []
            for number in numbers:
                try:
                    image, scale = _render(pdf, number, dpi, number in text_only)
                except (pypdfium2.PdfiumError, ValueError, OSError) as exc:
                    results[number] = OcrPage(number, problem=f"could not render for OCR ({exc})")
                    continue
                # Each bitmap waits on disk, not in memory: a batch of A3 scans is 100 MB of pixels.
                image_path = Path(folder) / f"page-{number}.pgm"
                image_path.write_bytes(image)
                batch.append((number, image_path, scale))
                if len(batch) == BATCH_PAGES:
                    results.update(read_batch(batch, page_seconds, command))
                    batch = []
            if batch:
                results.update(read_batch(batch, page_seconds, command))
    finally:
        pdf.close()
    return results


def read_batch(batch: list[tuple[int, Path, float]], page_seconds: float, command: str) -> dict[int, OcrPage]:
    """Several pages (number, PGM file, scale) through one Tesseract, which loads its model once.

    Tesseract reads each image of a list on its own, so every page reads exactly as it
    does alone. If the run fails or overruns, each page is read alone, so a page that is
    noise or a poster costs only itself its text.
    """
    if len(batch) > 1:
        listing = batch[0][1].parent / "pages.txt"
        listing.write_text("".join(f"{path}\n" for _, path, _ in batch), encoding="utf-8")
        done = _tesseract([command, str(listing), "stdout", "--psm", "6", "tsv"], None, page_seconds * len(batch))
        if isinstance(done, subprocess.CompletedProcess) and done.returncode == 0:
            pages = _tsv_by_page(done.stdout.decode("utf-8", "replace"))
            return {
                n: OcrPage(n, lines=lines_from_tsv(pages.get(str(k), ""), scale))
                for k, (n, _, scale) in enumerate(batch, 1)
            }
    return {n: read_image(path.read_bytes(), n, scale, page_seconds, command) for n, path, scale in batch}


def _tsv_by_page(tsv: str) -> dict[str, str]:
    """Tesseract's TSV of a list of images, cut into one TSV per image (its ``page_num``)."""
    header, *rows = tsv.splitlines()
    pages: dict[str, list[str]] = {}
    for row in rows:
        pages.setdefault(row.split("\t", 2)[1] if "\t" in row else "", []).append(row)
    return {page: "\n".join([header, *lines]) + "\n" for page, lines in pages.items()}


def _tesseract(args: list[str], image: bytes | None, seconds: float) -> subprocess.CompletedProcess | str:
    """Run Tesseract; what it printed, or why it could not run."""
    # One thread per tesseract: on a 2-core machine OpenMP threads fight and a page
    # takes 10 s instead of 2 s, and ``--workers`` already runs papers side by side.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        return subprocess.run(args, input=image, capture_output=True, timeout=seconds, env=env, check=False)
    except subprocess.TimeoutExpired:
        return f"OCR gave up after {seconds:g} s"
    except OSError as exc:
        return f"could not run {args[0]} ({exc.strerror or exc})"


def read_image(image: bytes, number: int, scale: float, page_seconds: float, command: str) -> OcrPage:
    """One grey bitmap (PGM bytes) through Tesseract; ``scale`` is pixels per PDF point."""
    done = _tesseract([command, "stdin", "stdout", "--psm", "6", "tsv"], image, page_seconds)
    if isinstance(done, str):
        return OcrPage(number, problem=done)
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        return OcrPage(number, problem=f"{command} failed ({said[-1] if said else f'exit {done.returncode}'})")
    return OcrPage(number, lines=lines_from_tsv(done.stdout.decode("utf-8", "replace"), scale))


def _render(pdf, number: int, dpi: int, text_only: bool = False) -> tuple[bytes, float]:  # noqa: ANN001
    """The page as 8-bit grey PGM bytes, at ``dpi`` unless that would pass MAX_PIXELS."""
    import pypdfium2.raw as pdfium_c

    page = pdf[number - 1]
    try:
        if text_only:
            for path in list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=1)):
                page.remove_obj(path)
            page.gen_content()
        width, height = page.get_size()
        scale = dpi / 72
        if width * height * scale * scale > MAX_PIXELS:
            scale = (MAX_PIXELS / max(width * height, 1.0)) ** 0.5
        bitmap = page.render(scale=scale, grayscale=True)
        try:
            image = bitmap.to_pil().convert("L")
        finally:
            bitmap.close()
    finally:
        page.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PPM")  # mode L saves as PGM: no compression cost, leptonica reads it
    return buffer.getvalue(), scale


# --- TSV → lines -------------------------------------------------------------------------


@dataclass
class _Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float


def lines_from_tsv(tsv: str, scale: float) -> list[Line]:
    """Tesseract's word table grouped into lines, positions turned back into PDF points.

    A line's size is the height of its confident words' box (ascender to descender),
    which is close to the point size, so the structure stage's paragraph-gap rule
    (a gap over 1.75 × size) reads a scan as it reads a text PDF.
    """
    grouped: dict[tuple[str, str, str, str], list[_Word]] = {}
    reader = csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        if row.get("level") != "5" or not (row.get("text") or "").strip():
            continue
        try:
            word = _Word(
                text=row["text"].strip(),
                left=int(row["left"]),
                top=int(row["top"]),
                width=int(row["width"]),
                height=int(row["height"]),
                conf=float(row["conf"]),
            )
        except (KeyError, TypeError, ValueError):
            continue
        key = (row.get("page_num", ""), row.get("block_num", ""), row.get("par_num", ""), row.get("line_num", ""))
        grouped.setdefault(key, []).append(word)
    lines = []
    for words in grouped.values():
        line = _line(words, scale)
        if line is not None:
            lines.append(line)
    lines.sort(key=lambda ln: (round(ln.top), ln.x0))
    # A line without descenders ("revitalization of Greenville.") measures a fifth shorter
    # than its neighbours in the same type; give it the body size so gaps read alike.
    body = median(ln.size for ln in lines) if lines else 0.0
    for line in lines:
        if 0.6 * body <= line.size < body:
            line.size = body
    return lines


def _line(words: list[_Word], scale: float) -> Line | None:
    if median(w.conf for w in words) < _MIN_LINE_CONFIDENCE:
        return None
    words = sorted((w for w in words if w.conf >= _MIN_WORD_CONFIDENCE), key=lambda w: w.left)
    if not words:
        return None
    top = min(w.top for w in words)
    size = max(max(w.top + w.height for w in words) - top, 1)
    segments = _drop_crests(_segments(words, size))
    text = "\t".join(" ".join(w.text for w in segment) for segment in segments)
    kept = [w for segment in segments for w in segment]
    return Line(
        text=text,
        top=min(w.top for w in kept) / scale,
        x0=kept[0].left / scale,
        x1=(kept[-1].left + kept[-1].width) / scale,
        size=max(max(w.top + w.height for w in kept) - min(w.top for w in kept), 1) / scale,
    )


def _segments(words: list[_Word], size: int) -> list[list[_Word]]:
    """Runs of words split where the gap is a column's, not a space's (as pdfplumber lines are)."""
    out = [[words[0]]]
    for prev, word in zip(words, words[1:]):
        if word.left - (prev.left + prev.width) > 1.5 * size:
            out.append([word])
        else:
            out[-1].append(word)
    return out


def _drop_crests(segments: list[list[_Word]]) -> list[list[_Word]]:
    """A council crest beside the letterhead reads as a few doubtful letters ("Od NZ"): drop
    a doubtful run when the same line holds a confident one."""
    means = [sum(w.conf for w in segment) / len(segment) for segment in segments]
    if len(segments) < 2 or max(means) < _SURE:
        return segments
    return [segment for segment, mean in zip(segments, means) if mean >= _DOUBTFUL]
