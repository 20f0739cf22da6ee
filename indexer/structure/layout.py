"""The document as one stream of lines, with the paragraph breaks a reader sees.

Structure rules read this stream instead of pages so that an item running across a page
break reads as one piece of text, while each line still knows its page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from indexer.records import Document, Line


@dataclass
class Row:
    page: int
    line: Line
    breaks: bool  # a paragraph break comes before this line

    @property
    def text(self) -> str:
        return self.line.text


@dataclass
class Heading:
    """An item heading found at a row: its number as printed (or None) and title."""

    index: int  # row index
    number: str | None
    title: str
    keep_line: bool = False
    weak: bool = False  # numbered, but not styled as the other headings are
    taken: list[int] = field(default_factory=list)  # rows below that belong to the title


def rows_of(doc: Document) -> list[Row]:
    """Flatten pages into rows; a vertical gap of about a line and a half starts a paragraph."""
    rows: list[Row] = []
    for page in doc.pages:
        lines = page.lines or [Line(text=t) for t in page.text.splitlines() if t.strip()]
        prev: Line | None = None
        for line in lines:
            if not line.text.strip():
                continue
            if prev is None:
                # A sentence running over a page break ("… would" / "begin in April …")
                # stays one paragraph.
                last = rows[-1].text.rstrip() if rows else ""
                breaks = not (last and not last.endswith((".", ":", ";", "!", "?")) and line.text[:1].islower())
            elif line.size and prev.size:
                breaks = line.top - prev.top > 1.75 * max(line.size, prev.size)
            else:
                breaks = line.top - prev.top > 1.5 * 12 if line.top or prev.top else False
            rows.append(Row(page=page.number, line=line, breaks=breaks))
            prev = line
    _mend_hyphens(rows)
    return rows


def _mend_hyphens(rows: list[Row]) -> None:
    """ "call-" at a line end and "outs" on the next line read as "call-outs"."""
    i = 0
    while i < len(rows) - 1:
        text = rows[i].line.text
        nxt = rows[i + 1].line.text
        if len(text) > 2 and text.endswith("-") and text[-2].isalpha() and nxt[:1].islower():
            head, _, rest = nxt.partition(" ")
            rows[i].line = Line(**{**rows[i].line.__dict__, "text": text + head})
            if rest:
                rows[i + 1].line = Line(**{**rows[i + 1].line.__dict__, "text": rest})
                i += 1
            else:
                del rows[i + 1]
            continue
        i += 1


def paragraphs(rows: list[Row]) -> list[list[Row]]:
    """Group rows into paragraphs at the breaks."""
    out: list[list[Row]] = []
    for row in rows:
        if row.breaks or not out:
            out.append([row])
        else:
            out[-1].append(row)
    return out


def text_of(rows: list[Row]) -> str:
    """Rows back to readable text: one line per paragraph, paragraphs apart."""
    return "\n\n".join(" ".join(r.text.replace("\t", " ") for r in para) for para in paragraphs(rows))


def page_starts(rows: list[Row]) -> list[list[int]]:
    """Where each page begins in ``text_of(rows)``: ``[offset, page]`` pairs, so a sentence
    found in an item's text can be cited at its own page rather than the item's first."""
    starts: list[list[int]] = []
    offset = 0
    for n, para in enumerate(paragraphs(rows)):
        if n:
            offset += 2  # the blank line between paragraphs
        for m, row in enumerate(para):
            if m:
                offset += 1  # the space joining a paragraph's lines
            if not starts or starts[-1][1] != row.page:
                starts.append([offset, row.page])
            offset += len(row.text.replace("\t", " "))
    return starts


def page_at(starts: list[list[int]], offset: int, default: int | None = None) -> int | None:
    """The page on which the character at ``offset`` of a text was printed."""
    page = default
    for start, number in starts:
        if start > offset:
            break
        page = number
    return page
