"""Build the sample corpus PDFs from the plain-text seeds in ../shared/seeds.

The indexer reads papers by their shape (bold numbered headings, two-column attendance,
running headers, words hyphenated across line ends), so the samples are laid out the
way ModernGov prints Lancashire's minutes and decision notices rather than as plain
text. The seeds carry the words; this script carries the layout. Output is
byte-for-byte deterministic (reportlab ``invariant=1``) so the corpus can be committed
and re-indexed incrementally by sha256.

Run from the repository root: ``python corpus/build.py`` or ``python -m corpus.build``.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
DEFAULT_SEEDS = HERE.parent.parent / "shared" / "seeds"
MINUTES_SEED = "lancashire-cpb-2020-11-24-minutes.txt"
DECISION_SEED = "lancashire-cpb-2020-11-24-decision-in-care-out-of-trouble.txt"

# Page geometry (points). Body text starts at x=72; the attendance organisation column at
# x=256, far enough right that the longest name ends more than 1.5em before its "·", so a
# reader can tell the columns apart by the gap. The right margin is narrower so the
# longest "· organisation" fits on one line; top and bottom leave room for the running
# header and the page number.
PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 72.0, 50.0, 64.0, 64.0
NAME_COLUMN = 184.0  # 72 + 184 = 256
HANGING = 36.0  # indent of an item title / resolution text from its number

# --- styles ------------------------------------------------------------------------------

# Paragraphs sit a clear gap apart (13.2 + 8 > 1.75em) so a reader measuring line pitch
# sees each break; lines within a paragraph are 13.2 apart.
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=13.2, spaceAfter=8)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
SUBHEADING = ParagraphStyle("subheading", parent=BODY, fontName="Helvetica-Oblique", spaceBefore=4)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=36, bulletIndent=18, bulletFontName="Helvetica")
RESOLUTION = ParagraphStyle("resolution", parent=BODY, leftIndent=HANGING, bulletIndent=0, bulletFontName="Helvetica")
RESOLVED = ParagraphStyle("resolved", parent=BOLD, keepWithNext=1)
ITEM_HEADING = ParagraphStyle(
    "item",
    parent=BOLD,
    leftIndent=HANGING,
    bulletIndent=0,
    bulletFontName="Helvetica-Bold",
    spaceBefore=10,
    spaceAfter=8,
    keepWithNext=1,
)
ORGANISATION = ParagraphStyle("organisation", parent=BOLD, fontSize=16, leading=20, spaceAfter=6)
COMMITTEE = ParagraphStyle("committee", parent=BOLD, fontSize=13, leading=17, spaceAfter=6)
# The meeting line is one line in ModernGov's header; at 10pt it fits the measure unbroken.
MEETING_LINE = ParagraphStyle("meeting", parent=BODY, fontSize=10, leading=13)
NOTICE_HEADING = ParagraphStyle("notice", parent=BOLD, fontSize=16, leading=20, spaceAfter=10)
RUNNING_SIZE = 8

# --- the seeds' shapes -------------------------------------------------------------------

_TAG = re.compile(r"^\s*</?AI\d+>\s*$")
_ITEM_NUMBER = re.compile(r"^(\d+)\.$")
_ROMAN = re.compile(r"^([ivx]+)\)\s*(.*)$")
_RESOLVED = re.compile(r"^Resolved:\s*(.*)$")
_BULLET = "·"
_SENTENCE_END = (".", "!", "?")
_MEETING_DATE = re.compile(r"held on (?P<date>.+?) at ")
_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+),?\s+(\d{4})")
# Labelled fields of a ModernGov decision notice; a label with no value (the list of
# linked documents the seed does not carry) is dropped.
_NOTICE_FIELDS = re.compile(
    r"^(?P<label>Decision status|Is Key decision\?|Date of decision|Decided at meeting|Accompanying Documents):"
    r"\s*(?P<value>.*)$"
)


@dataclass
class Block:
    """One paragraph of an item: plain text, a bullet, a sub-heading or a resolution.

    ``text`` may hold "\\n" where the seed broke a hyphenated word across lines; that
    break is kept as a forced line break in the PDF.
    """

    kind: str  # "para" | "bullet" | "subheading" | "resolved" | "resolution" | "field"
    text: str = ""
    number: str | None = None
    label: str | None = None


@dataclass
class Item:
    number: str
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Minutes:
    organisation: str
    committee: str
    meeting_line: str
    attendance: list[tuple[str, list[tuple[str, str]]]]
    items: list[Item]

    @property
    def meeting_date(self) -> str:
        """ "Tuesday, 24th November, 2020", as printed in the running header."""
        match = _MEETING_DATE.search(self.meeting_line)
        if not match:
            raise ValueError(f"no meeting date in {self.meeting_line!r}")
        return match.group("date")

    @property
    def plain_date(self) -> str:
        """ "24 November 2020", for the document title."""
        day, month, year = _DAY.search(self.meeting_date).groups()
        return datetime.strptime(f"{day} {month} {year}", "%d %B %Y").strftime("%-d %B %Y")


@dataclass
class Notice:
    heading: str
    title: str
    blocks: list[Block]


# --- parsing -----------------------------------------------------------------------------


def squash(text: str) -> str:
    """Collapse runs of whitespace (tabs, non-breaking spaces, doubled spaces) to one space.

    Also mends a word whose hyphen was followed by stray spacing inside one line
    ("call-\u00a0 outs" → "call-outs"): the break is an export artefact, not a word gap.
    """
    text = " ".join(text.split())
    return re.sub(r"(?<=\w)- (?=[a-z])", "-", text)


def append_fragment(text: str, fragment: str) -> str:
    """Add one piece of a broken paragraph to the text gathered so far.

    A piece ending in a hyphen keeps its line break ("call-\\nouts") so the PDF shows the
    word hyphenated across a line end, as the printed minutes do.
    """
    fragment = squash(fragment)
    if not text or not fragment:
        return text or fragment
    return text + ("\n" if re.search(r"\w-$", text) else " ") + fragment


def is_complete(text: str) -> bool:
    return text.rstrip().endswith(_SENTENCE_END)


def looks_like_subheading(text: str) -> bool:
    """A short capitalised line without closing punctuation ("Housing") heads a section."""
    return (
        bool(text)
        and text[0].isupper()
        and not text.endswith((*_SENTENCE_END, ":", ";", ","))
        and len(text.split()) <= 8
    )


def marked_lines(lines: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """Non-blank, non-tag lines, each flagged whether a blank line came before it."""
    after_blank = True
    for raw in lines:
        if _TAG.match(raw) or not raw.strip():
            after_blank = True
            continue
        yield raw, after_blank
        after_blank = False


def read_blocks(lines: Iterable[str]) -> list[Block]:
    """Turn an item's lines into paragraphs, bullets, sub-headings and resolutions.

    The seed breaks resolution text over lines with blank lines between, so after
    "Resolved:" lines are gathered into the current resolution until it ends a sentence;
    "i)", "ii)" … start a numbered one. A line after a finished resolution that is not a
    numeral ends the resolutions (item 4 carries on with another topic).
    """
    blocks: list[Block] = []
    resolving = False
    for raw, after_blank in marked_lines(lines):
        line = squash(raw)
        resolved = _RESOLVED.match(line)
        if resolved:
            blocks.append(Block("resolved", "Resolved:"))
            resolving = True
            line = resolved.group(1)
            if not line:
                continue
        if resolving and _take_resolution_line(blocks, line):
            continue
        resolving = False
        _take_body_line(blocks, line, after_blank)
    for block in blocks:
        if block.kind == "para" and "\n" not in block.text and looks_like_subheading(block.text):
            block.kind = "subheading"
    return blocks


def _take_resolution_line(blocks: list[Block], line: str) -> bool:
    """Add a line to the resolutions; False when it is not part of them."""
    last = blocks[-1]
    numeral = _ROMAN.match(line)
    if numeral:
        blocks.append(Block("resolution", squash(numeral.group(2)), number=f"{numeral.group(1)})"))
        return True
    if last.kind == "resolution" and (not last.text or not is_complete(last.text)):
        last.text = append_fragment(last.text, line)
        return True
    if last.kind == "resolved":
        blocks.append(Block("resolution", line))
        return True
    return False


def _take_body_line(blocks: list[Block], line: str, after_blank: bool) -> None:
    field_match = _NOTICE_FIELDS.match(line)
    if field_match:
        if field_match.group("value"):
            blocks.append(Block("field", field_match.group("value"), label=field_match.group("label") + ":"))
        return
    if line.startswith(_BULLET):
        blocks.append(Block("bullet", line[len(_BULLET) :].strip()))
    elif blocks and blocks[-1].kind == "para" and not after_blank:
        blocks[-1].text += " " + line
    else:
        blocks.append(Block("para", line))


def split_items(lines: list[str]) -> tuple[list[str], list[tuple[str, str, list[str]]]]:
    """Split the minutes at each "N." line followed by its title line.

    The <AIn> tags are not trusted as delimiters: item 3's closing and item 4's opening
    tags are missing from the seed.
    """
    starts: list[tuple[int, int]] = []  # (index of number line, index of title line)
    for index, raw in enumerate(lines):
        if _ITEM_NUMBER.match(raw.strip()):
            title_at = next((j for j in range(index + 1, len(lines)) if lines[j].strip()), None)
            if title_at is not None:
                starts.append((index, title_at))
    if not starts:
        raise ValueError("no numbered items found in the minutes seed")
    items = []
    for n, (number_at, title_at) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        number = lines[number_at].strip().rstrip(".")
        items.append((number, squash(lines[title_at]), lines[title_at + 1 : end]))
    return lines[: starts[0][0]], items


def read_attendance(lines: Iterable[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """Group headings and name / "· organisation" pairs, in order.

    A line followed by a "·" line is a person; any other line is a group heading.
    """
    texts = [squash(raw) for raw in lines if squash(raw) and not _TAG.match(raw)]
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    i = 0
    while i < len(texts):
        text = texts[i]
        nxt = texts[i + 1] if i + 1 < len(texts) else ""
        if nxt.startswith(_BULLET):
            if not groups:
                raise ValueError(f"attendee {text!r} before any group heading")
            groups[-1][1].append((text, nxt))
            i += 2
        else:
            groups.append((text, []))
            i += 1
    return groups


def parse_minutes(text: str) -> Minutes:
    lines = text.splitlines()
    preamble, raw_items = split_items(lines)
    present_at = next(i for i, raw in enumerate(preamble) if squash(raw) == "Present:")
    heading = [squash(raw) for raw in preamble[:present_at] if squash(raw)]
    organisation, committee, meeting_line = heading  # the seed's three header lines
    items = [Item(number, title, read_blocks(body)) for number, title, body in raw_items]
    return Minutes(organisation, committee, meeting_line, read_attendance(preamble[present_at + 1 :]), items)


def parse_notice(text: str) -> Notice:
    lines = text.splitlines()
    content = [i for i, raw in enumerate(lines) if squash(raw)]
    heading, title = squash(lines[content[0]]), squash(lines[content[1]])
    return Notice(heading, title, read_blocks(lines[content[1] + 1 :]))


# --- layout ------------------------------------------------------------------------------


def markup(text: str) -> str:
    """Escape for reportlab's mini-HTML; a kept line break becomes <br/>."""
    return "<br/>".join(escape(part) for part in text.split("\n"))


def block_flowables(block: Block) -> list[Flowable]:
    if block.kind == "resolved":
        return [Paragraph(markup(block.text), RESOLVED)]
    if block.kind == "resolution" and block.number:
        return [Paragraph(markup(block.text), RESOLUTION, bulletText=block.number)]
    if block.kind == "bullet":
        return [Paragraph(markup(block.text), BULLET, bulletText=_BULLET)]
    if block.kind == "subheading":
        return [Paragraph(markup(block.text), SUBHEADING)]
    if block.kind == "field":
        return [Paragraph(f"<b>{escape(block.label or '')}</b> {markup(block.text)}", BODY)]
    return [Paragraph(markup(block.text), BODY)]


def attendance_table(groups: list[tuple[str, list[tuple[str, str]]]]) -> Table:
    """Borderless two columns: name at x=72, "· organisation" at x=256, one line each."""
    rows: list[list[str]] = []
    style: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", 11, 14),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for group, people in groups:
        at = len(rows)
        rows.append([group, ""])
        style += [
            ("FONT", (0, at), (-1, at), "Helvetica-Bold", 11, 14),
            ("SPAN", (0, at), (-1, at)),
            ("TOPPADDING", (0, at), (-1, at), 8 if at else 2),
            ("BOTTOMPADDING", (0, at), (-1, at), 6),
        ]
        rows.extend([name, organisation] for name, organisation in people)
    width = PAGE_WIDTH - LEFT - RIGHT
    return Table(rows, colWidths=[NAME_COLUMN, width - NAME_COLUMN], style=TableStyle(style), hAlign="LEFT")


def minutes_story(minutes: Minutes) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(escape(minutes.organisation), ORGANISATION),
        Paragraph(escape(minutes.committee), COMMITTEE),
        Paragraph(escape(minutes.meeting_line), MEETING_LINE),
        Spacer(0, 6),
        Paragraph("Present:", BOLD),
        attendance_table(minutes.attendance),
        Spacer(0, 10),
    ]
    for item in minutes.items:
        story.append(Paragraph(escape(item.title), ITEM_HEADING, bulletText=f"{item.number}."))
        for block in item.blocks:
            story.extend(block_flowables(block))
    return story


def notice_story(organisation: str, notice: Notice) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(escape(organisation), COMMITTEE),
        Paragraph(escape(notice.heading), NOTICE_HEADING),
        Paragraph(escape(notice.title), BOLD),
    ]
    for block in notice.blocks:
        story.extend(block_flowables(block))
    return story


def running_header(text: str) -> Callable[[Canvas, BaseDocTemplate], None]:
    """The meeting name atop each page and "Page N" below: what readers must strip."""

    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", RUNNING_SIZE)
        canvas.drawString(LEFT, PAGE_HEIGHT - 40, text)
        canvas.drawCentredString(PAGE_WIDTH / 2, 36, f"Page {doc.page}")
        canvas.restoreState()

    return draw


def write_pdf(path: Path, story: list[Flowable], title: str, on_page: Callable | None = None) -> None:
    """Lay out the story on A4 with an unpadded frame, so x positions are exact."""
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=title,
        author="Minuted sample corpus",
        creator="corpus/build.py",
        invariant=1,
        pageCompression=1,
    )
    frame = Frame(
        LEFT,
        BOTTOM,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page or (lambda c, d: None))])
    doc.build(story)


# --- entry point -------------------------------------------------------------------------


def build(seeds: Path, out: Path) -> list[Path]:
    """Write the minutes and the decision notice; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    minutes = parse_minutes((seeds / MINUTES_SEED).read_text(encoding="utf-8"))
    minutes_pdf = out / Path(MINUTES_SEED).with_suffix(".pdf").name
    write_pdf(
        minutes_pdf,
        minutes_story(minutes),
        title=f"{minutes.committee} minutes {minutes.plain_date}",
        on_page=running_header(f"{minutes.committee} - {minutes.meeting_date}"),
    )
    notice = parse_notice((seeds / DECISION_SEED).read_text(encoding="utf-8"))
    notice_pdf = out / Path(DECISION_SEED).with_suffix(".pdf").name
    write_pdf(
        notice_pdf,
        notice_story(minutes.organisation, notice),
        title=f"{notice.heading}: {notice.title}",
    )
    return [minutes_pdf, notice_pdf]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder of seed .txt files")
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write the PDFs to")
    args = parser.parse_args(argv)
    for path in build(args.seeds, args.out):
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
