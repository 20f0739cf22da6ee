"""pdfplumber's character objects, built without its generic per-attribute pass.

pdfplumber turns every pdfminer layout object into a dict by calling a filter, a
reference resolver and a colour-space decoder on each of its ~25 attributes; on a page
of 2,000 characters that is a third of the page's reading time (bench/RESULTS.md, real
papers). Characters hold plain numbers, strings and tuples of numbers, so their dicts
are built here directly, key for key and value for value what pdfplumber builds;
anything else (curves, rects, images, or a character whose colour is a reference to
resolve) still goes through pdfplumber's own ``process_object``.
"""

from __future__ import annotations

from types import MethodType
from typing import Any

from pdfminer.layout import LTChar
from pdfplumber.page import ALL_ATTRS, Page
from pdfplumber.utils.pdfinternals import resolve_all, resolve_and_decode

_PLAIN = frozenset((float, int, str, bool, type(None)))
_stock = Page.process_object
_colour_spaces: dict[Any, Any] = {}  # a colour space's name, decoded once (decoding is pure)


def lean(page: Page) -> Page:
    """The same page, whose characters are made into dicts by the direct path below."""
    page.process_object = MethodType(_process_object, page)  # type: ignore[method-assign]
    # The numbers every character of the page reads, read once (a property call each before)
    page._lean_place = (page.mediabox[0], page.mediabox[1], page.height, page.initial_doctop)
    return page


def _plain(value: Any) -> bool:
    kind = type(value)
    if kind is tuple:
        return _PLAIN.issuperset(map(type, value))
    return kind in _PLAIN


def _process_object(page: Page, obj: Any) -> dict[str, Any]:
    if type(obj) is not LTChar or page.pdf.unicode_norm is not None:
        return _stock(page, obj)
    attr: dict[str, Any] = {}
    for key, value in obj.__dict__.items():
        if key in ALL_ATTRS:
            attr[key] = value if _plain(value) else resolve_all(value)
    attr["object_type"] = "char"
    attr["page_number"] = page.page_number
    for cs in ("ncs", "scs"):
        if hasattr(obj, cs):
            name = getattr(obj, cs).name
            if name not in _colour_spaces:
                _colour_spaces[name] = resolve_and_decode(name)
            attr[cs] = _colour_spaces[name]
    attr["text"] = obj.get_text()
    state = obj.graphicstate
    attr["stroking_color"] = state.scolor if isinstance(state.scolor, tuple) else (state.scolor,)
    attr["non_stroking_color"] = state.ncolor if isinstance(state.ncolor, tuple) else (state.ncolor,)
    if isinstance(attr["fontname"], bytes):
        return _stock(page, obj)  # a byte-encoded font name: pdfplumber's own repair
    mb_x0, mb_top, height, doctop = page._lean_place
    attr["top"] = (height - attr["y1"]) + mb_top
    attr["bottom"] = (height - attr["y0"]) + mb_top
    attr["doctop"] = doctop + attr["top"]
    if mb_x0 != 0:
        attr["x0"] = attr["x0"] + mb_x0
        attr["x1"] = attr["x1"] + mb_x0
    return attr
