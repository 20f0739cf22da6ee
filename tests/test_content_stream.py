"""Reading a page's drawing faster reads the same: the objects pdfminer's interpreter
executes are the same whether pdfminer's parser or indexer/read/contentstream.py reads
the content stream, on made-up streams of every odd form and on every real page.
"""

from __future__ import annotations

import pdfplumber
import pytest
from pdfminer.pdfinterp import PDFContentParser
from pdfminer.pdftypes import PDFStream
from pdfminer.psexceptions import PSEOF

import indexer.read.pdfpages as pdfpages
from indexer.read.contentstream import _Objects, content_parser
from tests.test_read_same_records import REAL, _read

_objid = iter(range(1, 10**6))


def _streams(*datas: bytes) -> list[PDFStream]:
    streams = []
    for data in datas:
        stream = PDFStream({}, data)
        stream.objid = next(_objid)
        streams.append(stream)
    return streams


def _drain(parser) -> list:  # noqa: ANN001
    out = []
    while True:
        try:
            out.append(parser.nextobject()[1])
        except PSEOF:
            return out


def _both(streams: list[PDFStream]) -> tuple[str, str, bool]:
    """repr of pdfminer's objects and of ours (types show in repr: 1 and 1.0 differ), and
    whether ours came from the quick path."""
    try:
        theirs = repr(_drain(PDFContentParser(streams)))
    except Exception as exc:  # noqa: BLE001 - pdfminer gives up on some forms; ours must too
        theirs = f"raises {type(exc).__name__}"
    try:
        parser = content_parser(streams)
        ours = repr(_drain(parser))
    except Exception as exc:  # noqa: BLE001
        return theirs, f"raises {type(exc).__name__}", False
    return theirs, ours, isinstance(parser, _Objects)


ODD_STREAMS = [
    b"BT /F1 12 Tf 72 712 Td (Minutes of the meeting) Tj ET",
    b"BT /F1 12 Tf [(Apolo) 20 (gies) -250.5 (received)] TJ T* (next) ' 1 2 (x) \" ET",
    b"q 1 0 0 1 .5 -.25 cm 0 0 m 10 10 l S Q 1.2.3 - + -. 5. +.5 --4 0005",
    b"(a \\(bracketed\\) word) Tj (nested (one (two)) levels) Tj (\\101\\1011\\7\\8\\q\\n\\\\) Tj",
    b"(\\0533) Tj (tab\\there) Tj () Tj (\\\nline joined) Tj",
    b"<48656C6C6F> Tj <4 8 6> Tj <> Tj <</MCID 3>> BDC EMC /P <</ActualText <FEFF0041>>> BDC",
    b"[ 1 [ 2 3 ] ] ] } >> /x true false null % a comment\n 9 Tj",
    b"/Name /N#20B Tj",
    b"/Span << /A 1 /B >> BDC 4 Tj",
    b"{ 1 2 } 3 [ unclosed",
    b"BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI Q",
    b"(string open at the end",
    b"(a \\\r\nb) Tj",
    b"/\xff\xfe name \x00 \x80 # *",
    b"<48 65",
    b"(\\777) Tj",
    b"/F#20B#4 1 Tf /#41 /A## /#g 2 Tf /A#4",
    b"(" + b"a" * 4093 + b"\\\r\nb) Tj (c\\\r\nd) Tj",  # an escaped line break across pdfminer's 4 KB buffers
    b"(" + b"a" * 4000 + b"\\\r\nb) Tj",
]


@pytest.mark.parametrize("data", ODD_STREAMS)
def test_a_content_stream_of_odd_forms_gives_the_interpreter_what_pdfminer_gives_it(data: bytes) -> None:
    theirs, ours, _quick = _both(_streams(data))
    assert ours == theirs


def test_streams_of_a_page_read_on_from_one_to_the_next_as_pdfminer_reads_them() -> None:
    # A page's contents may be split anywhere: a word or number at a stream's end ends there.
    for parts in [
        (b"BT 12", b"0 Td ET"),
        (b"[(a) 1", b"2] TJ"),
        (b"<</A 1>", b"> BDC"),
        (b"(x) /", b"F1 9 Tf"),
        (b"/A#4", b"1 Tf"),
        (b"(a", b"b) Tj"),
        (b"/F1 ", b"2 Tf"),
    ]:
        theirs, ours, _quick = _both(_streams(*parts))
        assert ours == theirs, parts


def test_ordinary_text_is_read_the_quick_way() -> None:
    bracketed = b"(a \\(bracketed\\) (word)) Tj (\\101\\1011\\7\\8\\q\\n\\\\) Tj"
    theirs, ours, quick = _both(_streams(ODD_STREAMS[0], ODD_STREAMS[1], bracketed, ODD_STREAMS[5]))
    assert quick and ours == theirs


@pytest.mark.slow
def test_every_real_page_gives_the_interpreter_the_same_objects() -> None:
    differing, quick = [], 0
    for path in REAL:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                theirs, ours, fast = _both(list(page.page_obj.contents))
                quick += fast
                if ours != theirs:
                    differing.append(f"{path.name} p{page.page_number}")
    assert differing == []
    assert quick > 0


@pytest.mark.slow
def test_every_real_paper_reads_to_the_same_document_with_the_quick_content_stream(monkeypatch) -> None:  # noqa: ANN001
    quick = {path.name: _read(path) for path in REAL}
    monkeypatch.setattr(pdfpages, "interpret", lambda page: None)
    stock = {path.name: _read(path) for path in REAL}
    assert [name for name in stock if stock[name] != quick[name]] == []
