"""Garbled text found in what a PDF hands the reader, and kept out of the record.

Fonts embedded without a Unicode map give glyph numbers, private-use code points or
U+FFFD instead of letters; symbol fonts give private-use bullets and ticks that do mean
something. These tests feed the reader's pure functions the text such fonts produce.
"""

from __future__ import annotations

from indexer.read.garbled import garbled, map_symbol_chars, mostly_not_words, strip_garbage, tidy
from indexer.read.mend import mend_page
from indexer.records import Line, Page

PROSE = (
    "The clerk reported that the footpath by the river had been repaired and that the cost of new gravel "
    "came within the budget agreed at the last meeting. Members thanked the volunteers who cleared the "
    "verges and asked the clerk to write to the county council about the broken street light."
)


def _shift(text: str, by: int = 3) -> str:
    """A font with a private encoding: every letter drawn from the code three places on."""
    out = []
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr(base + (ord(ch) - base + by) % 26))
        else:
            out.append(ch)
    return "".join(out)


def test_word_bullets_from_the_symbol_font_read_as_bullets() -> None:
    chars = [{"text": "\uf0b7", "fontname": "ABCDEF+Symbol"}, {"text": "W", "fontname": "ABCDEF+Calibri"}]
    map_symbol_chars(chars)
    assert [c["text"] for c in chars] == ["•", "W"]


def test_ticks_in_a_wingdings_attendance_grid_read_as_ticks_and_squares_as_bullets() -> None:
    chars = [
        {"text": "\uf0fc", "fontname": "OTXHAM+Wingdings-Regular"},
        {"text": "\uf0a7", "fontname": "SOLJLJ+Wingdings-Regular"},
        {"text": "(cid:153)", "fontname": "MICPLK+Wingdings-Regular"},
    ]
    map_symbol_chars(chars)
    assert [c["text"] for c in chars] == ["✓", "•", "•"]


def test_a_lone_unnamed_glyph_opening_a_line_is_a_bullet_and_elsewhere_is_dropped() -> None:
    assert tidy("\uf0b7 Edinburgh buses via the village") == "• Edinburgh buses via the village"
    assert tidy("(cid:3) Mr. Luiz Carlos welcomed the delegates") == "• Mr. Luiz Carlos welcomed the delegates"
    assert tidy("Thank you.\t(cid:2)") == "Thank you."
    assert not garbled(tidy("\uf0b7 Edinburgh buses via the village"))


def test_glyph_numbers_and_replacement_marks_inside_words_are_garbled() -> None:
    assert garbled(tidy("(cid:43)(cid:53)(cid:12) (cid:7)(cid:9)"))
    assert garbled(tidy("BUREAU INTERNATIONAL DE M\ufffdTROLOGIE"))
    assert garbled(tidy("Minutes\x01\x02 of the meeting"))
    assert not garbled(tidy("Minutes of the meeting held on 3 March"))


def test_a_line_of_glyph_numbers_is_dropped_but_a_word_missing_one_letter_keeps_the_rest() -> None:
    assert strip_garbage("(cid:1)(cid:2)(cid:3), (cid:4)(cid:5)") == ""
    assert strip_garbage("BUREAU INTERNATIONAL DE M\ufffdTROLOGIE") == "BUREAU INTERNATIONAL DE MTROLOGIE"


def test_letters_from_a_private_encoding_are_found_but_prose_names_and_tables_are_not() -> None:
    assert mostly_not_words(_shift(PROSE))
    assert not mostly_not_words(PROSE)
    names = "\n".join(["Cllr Margaret Carey MCa", "Cllr Aled Hopkins AHop", "Mr Sz. Wrzesniewski SW"] * 6)
    assert not mostly_not_words(names)
    table = "\n".join(f"Invoice {n} BT Openreach Ltd 1{n}.50 VAT paid CDC" for n in range(12))
    assert not mostly_not_words(table)


def _line(text: str, top: float, bold: bool = False) -> Line:
    return Line(text=text, top=top, x0=72, x1=400, size=12, bold=bold)


def test_ocr_text_goes_into_the_garbled_line_at_its_height_and_keeps_its_bold() -> None:
    page = Page(
        number=1,
        text="",
        lines=[
            _line("(cid:43)(cid:53)(cid:12) (cid:7)(cid:9)", 100, bold=True),
            _line("The clerk reported on the footpath.", 120),
        ],
    )
    ocr = [
        Line(text="2. Footpath repairs", top=101, x0=72, x1=200, size=11),
        Line(text="The cierk reported on the footpath.", top=121, x0=72, x1=300, size=11),
    ]
    assert mend_page(page, ocr) == 0
    assert [ln.text for ln in page.lines] == ["2. Footpath repairs", "The clerk reported on the footpath."]
    assert page.lines[0].bold and page.lines[0].size == 12
    assert page.ocr
    assert "cid" not in page.text


def test_without_ocr_a_garbled_line_is_left_out_and_counted() -> None:
    page = Page(
        number=1, text="", lines=[_line("(cid:43)(cid:53)(cid:12)", 100), _line("Apologies were received.", 120)]
    )
    assert mend_page(page, None) == 1
    assert page.text == "Apologies were received."
    assert not page.ocr


def test_a_page_of_codes_that_ocr_reads_alike_keeps_the_pdf_text() -> None:
    codes = [_line(" ".join(["Pwllhwyd Crwthm"] * 3 + ["Llwynhwch"] * 2), 100 + 14 * i) for i in range(8)]
    page = Page(number=1, text="\n".join(ln.text for ln in codes), lines=codes)
    assert mostly_not_words(page.text)
    ocr = [Line(text=ln.text, top=ln.top + 1, x0=72, x1=400, size=11) for ln in codes]
    assert mend_page(page, ocr) == 0
    assert page.lines == codes and not page.ocr


def test_a_garbled_page_read_without_layout_takes_ocr_s_page_whole() -> None:
    plain = [Line(text="\x1c\x15\x02\x03\x04 \x07\x0e", top=12.0), Line(text="\x12\x0f\x07\x18", top=24.0)]
    page = Page(number=1, text="", lines=plain)
    ocr = [
        Line(text="Qualifier Proposal", top=80, x0=72, x1=200, size=14),
        Line(text="Element: Language", top=100, x0=72, x1=190, size=11),
    ]
    assert mend_page(page, ocr) == 0
    assert page.text == "Qualifier Proposal\nElement: Language"
    assert page.ocr


def test_a_table_label_ocr_reads_into_its_neighbour_line_is_not_counted_as_lost() -> None:
    # a ruled table: the label "DC Comment" sits between the two lines of its neighbour cell
    page = Page(
        number=1,
        text="",
        lines=[
            _line("(cid:5)(cid:6)(cid:7) (cid:8)(cid:9)", 100),
            _line("(cid:10)(cid:11) (cid:12)(cid:13)", 107),
            _line("(cid:14)(cid:15)(cid:16)(cid:17)", 160),
        ],
    )
    ocr = [Line(text="DC Comment\tCoverage will typically include location.", top=102, x0=72, x1=500, size=11)]
    assert mend_page(page, ocr) == 1  # the line at 160 was not read; the one at 107 was, into its neighbour
    assert page.text == "DC Comment\tCoverage will typically include location."
