"""pdfminer's reading of a page's content stream, the same objects for a third of the cost.

pdfminer tokenises a content stream one state at a time in Python (a regex search, a
method call and a ``log.debug`` per token), and that was two thirds of its interpreting a
page (bench/RESULTS.md, session 6). Here each stream is cut into tokens by one regex
pass and built into the objects ``PDFContentParser.nextobject`` returns, in the same
order and of the same types, so the interpreter draws exactly what it drew.

Anything this does not copy exactly (an inline image, a ``#`` escape in a name, a string
left open at a stream's end, a backslash before a carriage return, a dictionary with an
odd count) sends the whole stream list back to pdfminer's own parser, before any object
of it is used; tests/test_content_stream.py compares both on every page of the real papers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pdfminer import settings
from pdfminer.pdfinterp import PDFContentParser, PDFInterpreterError, PDFPageInterpreter
from pdfminer.pdftypes import stream_value
from pdfminer.psexceptions import PSEOF
from pdfminer.psparser import (
    ESC_STRING,
    HEX_PAIR,
    KWD,
    LIT,
    SPC,
    PSKeyword,
    PSKeywordTable,
    literal_name,
)
from pdfminer.utils import choplist

# One token of pdfminer's main state (PSBaseParser._parse_main), after any whitespace;
# exactly one group is non-empty: a comment, a name ("/" and no "#" escape after it), a
# number, a word, a string (escapes and one level of brackets inside), "<<" or ">>", a
# hex string's "<" and digits (its ">" follows), or any other single byte. A name, string
# or hex string the fast forms cannot take whole falls to ``other`` as its first byte.
_TOKEN = re.compile(
    rb"\s*+(?:"
    rb"(%[^\r\n]*)"
    rb"|(/(?:[^#/%\[\]()<>{}\s]++|#[0-9a-fA-F]{0,2})*+)"
    rb"|([-+0-9][0-9]*(?:\.[0-9]*)?|\.[0-9]*)"
    rb"|([A-Za-z][^#/%\[\]()<>{}\s]*)"
    rb"|(\((?:[^()\\]++|\\[\s\S]|\((?:[^()\\]++|\\[\s\S])*+\))*+\))"
    rb"|(<<|>>)"
    rb"|(<[\s0-9a-fA-F]*+)(?=[^\s0-9a-fA-F])"
    rb"|(\S))",
)
_KEYWORDS = PSKeywordTable.dict
_INLINE_IMAGE = (b"BI", b"ID")
_OPEN = {b"[": "a", b"{": "p"}
_CLOSE = {b"]": "a", b"}": "p"}
_NOT_READ_HERE = (b"(", b"<")  # a string nested deeper or left open, a hex string left open
_NAME_ESCAPE = re.compile(rb"#([0-9a-fA-F]{0,2})")
# How a stream may end that pdfminer reads on into the next one (or, at the last, drops):
# a name that is empty or holds a "#" escape, and a ">" that may pair with the next ">".
_NAME_AT_END = re.compile(rb"/(?:[^#/%\[\]()<>{}\s]*#[^/%\[\]()<>{}\s]*)?\Z")
_ESCAPED_CRLF = re.compile(rb"\\\r\n")
_BUFFER = 4096  # PSBaseParser.BUFSIZ: pdfminer reads a stream in pieces of this size


class _Unusual(Exception):
    """Something pdfminer's own parser must read, for its exact (sometimes odd) handling."""


def content_parser(streams: Sequence[Any]) -> Any:
    """What ``PDFPageInterpreter.execute`` reads objects from: a ready list of the streams'
    objects, or pdfminer's own parser where the list might not be exactly its."""
    if not streams:
        return PDFContentParser(streams)  # raises PSEOF: an empty page, as pdfminer says
    try:
        return _Objects(_objects(streams))
    except Exception:  # noqa: BLE001 - _Unusual, or a stream that fails to decode: pdfminer's way
        return PDFContentParser(streams)


class _Objects:
    """``nextobject`` over a finished list, raising PSEOF at its end as pdfminer does.
    The position is 0: ``execute`` never reads it (pdfminer's parser seeks by it only
    for inline images, which it reads itself)."""

    def __init__(self, objects: list[Any]) -> None:
        self._objects = iter(objects)

    def nextobject(self) -> tuple[int, Any]:
        for found in self._objects:
            return 0, found
        raise PSEOF("Unexpected EOF")


def _objects(streams: Sequence[Any]) -> list[Any]:
    """The objects PSStackParser.nextobject returns for the streams, read end to end.

    At the top level pdfminer hands on each object as soon as it is complete, so objects
    go straight to ``results``; inside an array, dictionary or procedure they gather in
    that container's list until it closes (one left open at the end is never handed on).
    """
    results: list[Any] = []
    context: list[tuple[str, list[Any]]] = []
    kind = ""
    target = results
    for index, stream in enumerate(streams):
        data = stream_value(stream).get_data()
        if _read_on(data, last=index == len(streams) - 1):
            raise _Unusual
        for _comment, name, number, word, string, dictionary, hexa, other in _TOKEN.findall(data):
            if number:
                try:
                    target.append(float(number) if b"." in number else int(number))
                except ValueError:
                    pass  # "-" or "." alone: pdfminer makes no token of it
            elif word:
                if word == b"true" or word == b"false":
                    target.append(word == b"true")
                elif word in _INLINE_IMAGE:
                    raise _Unusual  # pdfminer reads an inline image's bytes by seeking back
                else:
                    target.append(_KEYWORDS.get(word) or KWD(word))
            elif string:
                inner = string[1:-1]
                target.append(_unescaped(inner) if b"\\" in inner else inner)
            elif name:
                name = _NAME_ESCAPE.sub(_name_byte, name[1:]) if b"#" in name else name[1:]
                try:
                    target.append(LIT(str(name, "utf-8")))
                except UnicodeDecodeError:
                    target.append(LIT(name))
            elif other:
                if other in _OPEN or other in _CLOSE or other in _NOT_READ_HERE:
                    if other in _NOT_READ_HERE or settings.STRICT:
                        raise _Unusual
                    if other in _OPEN:
                        context.append((kind, target))
                        kind, target = _OPEN[other], []
                    elif kind == _CLOSE[other]:
                        value = target
                        kind, target = context.pop()
                        target.append(value)
                    # else: pdfminer drops a closing bracket that closes nothing
                elif other != b">" and other != b"\x00":  # a lone ">" and a NUL make nothing
                    target.append(_KEYWORDS.get(other) or KWD(other))
            elif dictionary:
                if settings.STRICT:
                    raise _Unusual
                if dictionary == b"<<":
                    context.append((kind, target))
                    kind, target = "d", []
                elif kind == "d":
                    if len(target) % 2:
                        raise _Unusual  # pdfminer raises here, after drawing what came before
                    value = {literal_name(k): v for k, v in choplist(2, target) if v is not None}
                    kind, target = context.pop()
                    target.append(value)
            elif hexa:
                target.append(HEX_PAIR.sub(_hex_byte, SPC.sub(b"", hexa[1:])))
            # a comment makes no object
    return results


def _read_on(data: bytes, last: bool) -> bool:
    """Whether pdfminer reads this stream in a way its tokens alone do not show: across its
    end (see _NAME_AT_END), or with a string's escaped line break "\\\r\n" split between two
    of its 4 KB buffers (it then skips the "\\\r" only, and keeps the "\n")."""
    name = data.rfind(b"/")
    if (name >= 0 and _NAME_AT_END.match(data, name)) or (not last and data[-1:] == b">"):
        return True
    return b"\\\r\n" in data and any(found.start() % _BUFFER == _BUFFER - 2 for found in _ESCAPED_CRLF.finditer(data))


def _name_byte(found: re.Match[bytes]) -> bytes:
    """A name's "#xx" as pdfminer reads it: the byte of up to two hex digits, or nothing."""
    return bytes((int(found.group(1), 16),)) if found.group(1) else b""


def _hex_byte(found: re.Match[bytes]) -> bytes:
    return bytes((int(found.group(0), 16),))


def _unescaped(inner: bytes) -> bytes:
    """A string's bytes from between its brackets, escapes read as PSBaseParser._parse_string_1
    reads them: up to three octal digits, the named escapes, and any other escaped byte dropped."""
    out = bytearray()
    at, end = 0, len(inner)
    while at < end:
        byte = inner[at]
        at += 1
        if byte != 0x5C:
            out.append(byte)
            continue
        digits = 0
        code = 0
        while at < end and digits < 3 and inner[at] in _OCTAL:
            code = code * 8 + inner[at] - 0x30
            digits += 1
            at += 1
        if digits:
            if code >= 256:
                raise _Unusual  # pdfminer stops on an assertion here
            out.append(code)
            continue
        char = inner[at : at + 1]
        at += 1  # the escaped byte is read: kept when named, else dropped
        if char in ESC_STRING:
            out.append(ESC_STRING[char])
        elif char == b"\r" and inner[at : at + 1] == b"\n":
            at += 1  # an escaped line break "\\\r\n" is skipped whole (see _read_on)
    return bytes(out)


_OCTAL = frozenset(b"01234567")


class QuickInterpreter(PDFPageInterpreter):
    """pdfminer's interpreter, reading its objects through ``content_parser``; each
    operator's method and argument count are looked up once, not once an operator."""

    _operators: dict[PSKeyword, tuple[str, int] | None] = {}

    def execute(self, streams: Sequence[object]) -> None:
        # As PDFPageInterpreter.execute: a stream already being drawn higher up (a form
        # drawing itself) is skipped, as is one with no object id.
        valid = []
        self.stream_ids.clear()
        for obj in streams:
            stream = stream_value(obj)
            if stream.objid is None or stream.objid in self.parent_stream_ids:
                continue
            valid.append(stream)
            self.stream_ids.add(stream.objid)
        try:
            parser = content_parser(valid)
        except PSEOF:
            return  # an empty page
        operators = self._operators
        while True:
            try:
                _, obj = parser.nextobject()
            except PSEOF:
                break
            if type(obj) is not PSKeyword:
                self.argstack.append(obj)
                continue
            if obj not in operators:
                operators[obj] = _operator(self, obj)
            found = operators[obj]
            if found is None:
                if settings.STRICT:
                    raise PDFInterpreterError(f"Unknown operator: {obj!r}")
                continue
            method, nargs = found
            if nargs:
                args = self.pop(nargs)
                if len(args) == nargs:
                    getattr(self, method)(*args)
            else:
                getattr(self, method)()


def _operator(interpreter: PDFPageInterpreter, keyword: PSKeyword) -> tuple[str, int] | None:
    """The ``do_`` method an operator calls and how many arguments it takes, as execute finds them."""
    name = str(keyword.name, "utf-8", "ignore")
    method = "do_{}".format(name.replace("*", "_a").replace('"', "_w").replace("'", "_q"))
    if not hasattr(interpreter, method):
        return None
    return method, getattr(interpreter, method).__code__.co_argcount - 1


def interpret(page: Any) -> None:
    """Lay out a pdfplumber page with QuickInterpreter, as its ``layout`` property would
    with pdfminer's (the same device, the same error wrapping); later reads reuse it."""
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent
    from pdfplumber.utils.exceptions import PdfminerException

    if hasattr(page, "_layout"):
        return
    device = PDFPageAggregatorWithMarkedContent(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    try:
        QuickInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    except Exception as exc:
        raise PdfminerException(exc) from exc
    page._layout = device.get_result()
