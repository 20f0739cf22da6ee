"""Text as every format yields it: Unicode folded, hyphen breaks mended, lines with gaps.

Shared by the PDF reader, the OCR reader and the plain formats, so a name typed with a
ligature, a non-breaking space or a right-to-left mark reads the same from any of them.
"""

from __future__ import annotations

import re

from indexer.records import Line, Page

# Invisible marks: zero-width joiners, bidi marks and embeddings (Arabic and Hebrew names
# in papers carry them), the word joiner, BOM.
_INVISIBLE = re.compile("[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_ODD_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}


# A font whose text is MacRoman read as Latin-1 ("TreasurerÕs Report", "Awards Ð SL noted",
# "a Òfollow-upÓ"): the marks that betray it, mended only where no language puts them
# (an apostrophe between lower-case letters, a dash alone between spaces, quotes at word edges).
_MAC_ROMAN = [
    (re.compile(r"(?<=[a-z])Õ(?=[a-z])"), "’"),
    (re.compile(r"(?<=\s)Ð(?=\s)"), "–"),
    (re.compile(r"(?<=\s)Ñ(?=\s)"), "—"),
    (re.compile(r"(?:(?<=\s)|^)Ò(?=[a-z])([^ÒÓ\n]{1,200}?[a-z.,!?])Ó(?=[\s.,;:!?)]|$)"), r"“\1”"),
]


def clean_text(text: str) -> str:
    """Fold the Unicode that PDFs carry but readers never type (ligatures, NBSP, RTL marks),
    and mend MacRoman punctuation read as Latin-1."""
    for lig, plain in _LIGATURES.items():
        text = text.replace(lig, plain)
    text = _ODD_SPACES.sub(" ", text)
    text = text.replace("\u00ad", "")  # soft hyphen
    if any(mark in text for mark in "ÕÐÑÒÓ"):
        for pattern, mended in _MAC_ROMAN:
            text = pattern.sub(mended, text)
    return _INVISIBLE.sub("", text)


def join_lines(lines: list[str]) -> str:
    """Join lines, mending words hyphenated across a break ("call-\\nouts" → "call-outs")."""
    out: list[str] = []
    for line in lines:
        if out and re.search(r"[A-Za-z]-$", out[-1]) and re.match(r"[a-z]", line):
            out[-1] = out[-1] + line
        else:
            out.append(line)
    return "\n".join(out)


def text_pages(text: str) -> list[Page]:
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
