"""A ceiling on how far a compressed PDF stream may inflate.

pdfminer (under pdfplumber) inflates each Flate stream whole with ``zlib.decompress``: a
1 MB stream of a hostile or broken PDF can inflate to gigabytes and take the machine's
memory with it. Its module is given a ``zlib`` whose ``decompress`` stops at
``MAX_INFLATED_BYTES`` and raises ``StreamTooLarge``, which the reader reports as one line.
Everything else of ``zlib`` is the real module.
"""

from __future__ import annotations

import zlib as _zlib
from types import ModuleType
from typing import Any

MAX_INFLATED_BYTES = 64 * 1024 * 1024  # a dense text page draws ~50 KB; a vector map a few MB


class StreamTooLarge(Exception):
    """A compressed stream inflates past the ceiling: a decompression bomb or a broken file."""


def bounded_decompress(data: bytes, wbits: int = _zlib.MAX_WBITS, bufsize: int = _zlib.DEF_BUF_SIZE) -> bytes:
    """``zlib.decompress`` that refuses to produce more than ``MAX_INFLATED_BYTES``."""
    inflater = _zlib.decompressobj(wbits)
    out = inflater.decompress(data, MAX_INFLATED_BYTES + 1)
    if len(out) > MAX_INFLATED_BYTES or inflater.unconsumed_tail:
        raise StreamTooLarge(f"a compressed stream inflates past {MAX_INFLATED_BYTES // (1024 * 1024)} MB")
    if not inflater.eof:
        # zlib.decompress raises on a stream cut short; pdfminer then tries to mend it.
        raise _zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
    return out


class _BoundedZlib(ModuleType):
    def __getattr__(self, name: str) -> Any:
        return getattr(_zlib, name)


def bound_pdfminer() -> None:
    """Give pdfminer's stream decoder the bounded ``decompress`` (idempotent)."""
    from pdfminer import pdftypes

    if isinstance(pdftypes.zlib, _BoundedZlib):
        return
    shim = _BoundedZlib("zlib")
    shim.decompress = bounded_decompress  # type: ignore[attr-defined]
    pdftypes.zlib = shim


def inflation_bomb(exc: BaseException) -> str | None:
    """Why a page was refused, when ``exc`` (or what it wraps) is a stream over the ceiling."""
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            return None
        if isinstance(seen, StreamTooLarge):
            return f"{seen}: refused as a decompression bomb"
        if any(isinstance(arg, StreamTooLarge) for arg in getattr(seen, "args", ())):
            return f"{next(a for a in seen.args if isinstance(a, StreamTooLarge))}: refused as a decompression bomb"
        seen = seen.__cause__ or seen.__context__
    return None
