"""Where each looked-up word sits in a segment's term table, remembered per reader.

One search looks the same word up in a segment's on-disk hash table many times: whether the
segment has it, how many passages hold it (for the OR tree's order and for BM25's idf),
then its postings; a query of four words on three segments made ~80 lookups, each an md5
hash and several small reads (~10 µs), for 12 distinct words. A segment never changes once
written, so where a word's entry sits can be kept for the reader's life. Only places are
kept (two numbers a word), never matches or results, so every search still reads its
postings and scores every match afresh.
"""

from __future__ import annotations

from typing import Any

KEPT_WORDS = 20_000  # per segment reader: a few MB at most; forgotten all at once when full


def remember_term_places(reader: Any) -> None:
    """Make each of ``reader``'s segments remember where its looked-up words are.

    Reaches into Whoosh's terms reader (``_terms._tindex``, an ``OrderedHashReader``);
    a reader built otherwise is left as it is.
    """
    for leaf, _offset in reader.leaf_readers():
        table = getattr(getattr(leaf, "_terms", None), "_tindex", None)
        if table is None or not hasattr(table, "ranges_for_key") or getattr(table, "_places", None) is not None:
            continue
        table._places = places = {}
        look_up = table.ranges_for_key

        def ranges_for_key(key: bytes, places: dict[bytes, list[Any]] = places, look_up: Any = look_up) -> list[Any]:
            found = places.get(key)
            if found is None:
                found = list(look_up(key))
                if len(places) >= KEPT_WORDS:
                    places.clear()
                places[key] = found
            return found

        table.ranges_for_key = ranges_for_key
