"""A passage's text and the places of its words, read for the hits of a page.

Both are kept in uncompressed columns, not with the stored fields: Whoosh compresses
each document's stored fields as one block, so showing a hit meant inflating its whole
text and word spans (zlib was a fifth of a query's time on real papers), where a column
reads just the bytes of that document. The column readers load an offset table when
opened, so each searcher keeps its own for as long as it lives.
"""

from __future__ import annotations

from typing import Any

TEXT_COLUMN = "content"
SPANS_COLUMN = "word_spans"


class PassageColumns:
    """One searcher's readers of the text and word-spans columns (None where absent)."""

    def __init__(self, reader: Any) -> None:
        self._text = reader.column_reader(TEXT_COLUMN) if reader.has_column(TEXT_COLUMN) else None
        self._spans = reader.column_reader(SPANS_COLUMN) if reader.has_column(SPANS_COLUMN) else None

    def text(self, docnum: int) -> str | None:
        """The passage's text; None for an index that keeps it with the stored fields."""
        return None if self._text is None else bytes(self._text[docnum]).decode("utf-8")

    def spans(self, docnum: int) -> str | None:
        """Where its words stand (snippets.word_spans); None for an index without them."""
        return None if self._spans is None else bytes(self._spans[docnum]).decode("utf-8")
