"""The structure parser meets any text a paper can hold: nothing raises, nothing is dropped.

Hypothesis writes documents out of the pieces minutes are made of (numbered headings in
every style councils print, attendance labels, "Resolved:" blocks, hyphen breaks, page
furniture) mixed with arbitrary Unicode, on pages with and without layout. Whatever the
parser makes of them, every letter and digit of every page must come out, in order, in
the preamble or an item's number, title or text: a reader searching for a word that was
on the page must be able to find it.
"""

from __future__ import annotations

import copy
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from indexer.records import DecisionRecord, Document, Line, MeetingRecord, Page
from indexer.structure.reader import read_structure

# Control and separator characters are never inside an extracted line (extract splits on them).
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_ANY_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=_LINE_BREAKS), max_size=50
)
_WORDS = st.sampled_from(
    [
        "Budget",
        "budget",
        "Police",
        "call-",
        "outs",
        "Minutes",
        "minutes",
        "Councillor",
        "Cllr",
        "Smith",
        "O’Neill",
        "the",
        "and",
        "Apologies",
        "APPROVAL",
        "OF",
        "Resolved",
        "agreed",
        "noted.",
        "2021",
        "3",
        "March",
        "Déclan",
        "ﬁnance",
        "—",
        "(Chair)",
        ":",
    ]
)
_PHRASE = st.lists(_WORDS, min_size=1, max_size=8).map(" ".join)
_NUMBERS = st.sampled_from(
    ["1", "2", "3", "5a", "10", "23/20", "14/037", "CPB/21/004", "FGB 38/2021", "4-A", "A", "99"]
)
_SEPARATORS = st.sampled_from([". ", ") ", ": ", " - ", " – ", "\t", " ", ".\t", ""])
_HEADING = st.builds(lambda n, sep, title: f"{n}{sep}{title}", _NUMBERS, _SEPARATORS, _PHRASE)
_MINUTE_HEADING = st.builds(lambda n, title: f"Minute {n} {title}", _NUMBERS, _PHRASE)
_LABELS = st.sampled_from(
    [
        "Present:",
        "Present: Cllr Ann Hughes (Chair), Cllr Tom Price",
        "Members",
        "Apologies:",
        "Apologies for absence were received from Cllr Smith.",
        "Absent: Cllr Jones",
        "Also present: Jane Doe – Clerk",
        "Resolved:",
        "RESOLVED that the budget be approved.",
        "It was agreed that the clerk write to the Police.",
        "i) the report be noted;",
        "(b) the budget be approved.",
        "Page 2 of 5",
        "Date of next meeting",
        "Action log",
        "Minutes of the meeting of the Finance Committee held on 3 March 2021 at 7.00 pm in the Hall",
    ]
)
_TEXT = st.one_of(_HEADING, _HEADING, _MINUTE_HEADING, _LABELS, _PHRASE, _PHRASE, _ANY_TEXT)


@st.composite
def _page_lines(draw: st.DrawFn) -> list[Line]:
    lines = []
    top = draw(st.floats(min_value=-50, max_value=200))
    for text in draw(st.lists(_TEXT, max_size=14)):
        size = draw(st.sampled_from([0.0, 8.0, 11.0, 11.0, 14.0]))
        top += draw(st.sampled_from([0.0, 12.0, 14.0, 15.0, 30.0, -5.0]))
        lines.append(Line(text=text, top=top, x0=72.0, x1=400.0, size=size, bold=draw(st.booleans())))
    return lines


@st.composite
def documents(draw: st.DrawFn) -> Document:
    pages = []
    for number in range(1, draw(st.integers(min_value=1, max_value=4)) + 1):
        lines = draw(_page_lines())
        if draw(st.booleans()) or not lines:
            pages.append(Page(number=number, text="\n".join(ln.text for ln in lines), lines=lines))
        else:  # a page known only by its text (plain-text papers, OCR fallbacks)
            pages.append(Page(number=number, text="\n".join(ln.text for ln in lines)))
    return Document(source="fuzz.pdf", sha256="0" * 64, pages=pages)


def _typed(*lines: tuple[str, bool]) -> Document:
    """One page of (text, bold) lines, 14 pt apart: the shape of a minimal failing example."""
    page = [Line(text=t, top=14.0 * n, x0=72.0, x1=400.0, size=11.0, bold=b) for n, (t, b) in enumerate(lines)]
    return Document(source="fuzz.pdf", sha256="0" * 64, pages=[Page(1, "\n".join(t for t, _ in lines), page)])


# Found by this test: a heading candidate takes the line below as its title (a wrapped bold
# title, or the title after a bare number), then the sequence rule drops the candidate,
# and the line it took is gone with it.
_REPEATED_HEADING_TAKES_THE_NEXT_BOLD_LINE = _typed(("1. Budget", True), ("1. Budget", True), ("Present:", True))
_OUT_OF_SEQUENCE_NUMBER_TAKES_ITS_TITLE = _typed(("2. Budget", False), ("1", False), ("Police", False), ("text", False))


def _printed(document: Document) -> str:
    """The letters and digits a reader sees, in reading order, as rows_of reads pages."""
    out = []
    for page in document.pages:
        texts = [ln.text for ln in page.lines] if page.lines else page.text.splitlines()
        for text in texts:
            if text.strip():
                # "Minute 45" and "Minute No. 45" are the heading's label, read as number 45.
                out.append(re.sub(r"(?i)\bminute\s+(?:no\.?\s*)?", "", text))
    return _letters(" ".join(out))


def _read_back(record: MeetingRecord) -> str:
    parts = [record.preamble]
    for item in record.items:
        parts += [item.number or "", item.title, item.text]
    return _letters(" ".join(parts))


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def _missing(printed: str, read: str) -> str:
    """The first stretch of ``printed`` that is not in ``read`` in order ("" when all is there)."""
    position = 0
    for index, ch in enumerate(printed):
        position = read.find(ch, position)
        if position < 0:
            return printed[index : index + 40]
        position += 1
    return ""


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
@example(_REPEATED_HEADING_TAKES_THE_NEXT_BOLD_LINE)
@example(_OUT_OF_SEQUENCE_NUMBER_TAKES_ITS_TITLE)
def test_no_text_on_any_page_is_dropped_by_the_structure_parser(document: Document) -> None:
    printed = _printed(document)
    record = read_structure(copy.deepcopy(document))  # the parser edits lines; failures show the paper as given
    if isinstance(record, DecisionRecord):  # labelled fields become fields; see test_layouts
        return
    assert _missing(printed, _read_back(record)) == ""


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_every_item_names_pages_the_paper_has(document: Document) -> None:
    record = read_structure(document)
    pages = {p.number for p in document.pages}
    items = record.items if isinstance(record, MeetingRecord) else []
    for item in items:
        assert len(item.pages) == 2 and item.pages[0] <= item.pages[1]
        assert set(item.pages) <= pages
