"""The only places the web app makes HTML out of text: highlights and entity marks.

Both escape first and add tags after, with markupsafe, so a paper that contains
"<script>" shows those characters and never runs them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import lru_cache

from markupsafe import Markup, escape

# Whoosh's HtmlFormatter writes <mark class="match term0">; we keep only the bare tag.
_MARK_TAG = re.compile(r"<(/?)mark\b[^<>]*>", re.IGNORECASE)

# Names this short ("Jo", "C") would mark ordinary words all over a page.
MIN_ENTITY_CHARS = 3


def safe_highlight(fragment: str | None) -> Markup:
    """A search snippet with only <mark> tags kept; every other character escaped.

    Whoosh escapes the stored text around its marks, but the snippet arrives as a plain
    string from the indexer, which may change. Unescaping then escaping each stretch
    between marks gives the same page either way, and nothing but <mark> survives.
    """
    if not fragment:
        return Markup("")
    parts: list[Markup] = []
    open_mark = False
    position = 0
    for tag in _MARK_TAG.finditer(fragment):
        parts.append(escape(html.unescape(fragment[position : tag.start()])))
        closing = bool(tag.group(1))
        if closing and open_mark:
            parts.append(Markup("</mark>"))
            open_mark = False
        elif not closing and not open_mark:
            parts.append(Markup("<mark>"))
            open_mark = True
        position = tag.end()
    parts.append(escape(html.unescape(fragment[position:])))
    if open_mark:
        parts.append(Markup("</mark>"))
    return Markup("").join(parts)


def mark_entities(text: str | None, people: Iterable[str] = (), organisations: Iterable[str] = ()) -> Markup:
    """Escape ``text`` and wrap each person and organisation name it mentions in a span.

    Longer names win where they overlap ("County Councillor Ian Brown" over "Ian Brown"),
    and a name broken across a line in the PDF still counts, as the search does.
    """
    if not text:
        return Markup("")
    kinds = _kinds(tuple(people), tuple(organisations))
    if not kinds:
        return escape(text)
    pattern = _pattern(tuple(sorted(kinds)))
    parts: list[Markup] = []
    position = 0
    for found in pattern.finditer(text):
        parts.append(escape(text[position : found.start()]))
        kind = kinds.get(_normal(found.group(0)), "person")
        parts.append(Markup('<span class="{}">{}</span>').format(kind, found.group(0)))
        position = found.end()
    parts.append(escape(text[position:]))
    return Markup("").join(parts)


def _normal(name: str) -> str:
    return " ".join(name.split())


def _kinds(people: tuple[str, ...], organisations: tuple[str, ...]) -> dict[str, str]:
    """Each name to mark, with its class; a name that is both is shown as a person."""
    kinds = {_normal(o): "org" for o in organisations if len(_normal(o or "")) >= MIN_ENTITY_CHARS}
    kinds.update({_normal(p): "person" for p in people if len(_normal(p or "")) >= MIN_ENTITY_CHARS})
    return kinds


@lru_cache(maxsize=256)
def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(names, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(word) for word in name.split()) for name in ordered)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


QUOTE_WORDS = 60  # a quoted sentence is found by its words, at most this many


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` stands in a page's text, whatever line breaks, hyphenation and
    spacing the PDF put between its words; None when it is not on this page."""
    words = re.findall(r"\w+", quote or "")[:QUOTE_WORDS]
    if len(words) < 3:
        return None
    pattern = re.compile(r"\W+".join(re.escape(w) for w in words), re.IGNORECASE)
    found = pattern.search(text or "")
    return (found.start(), found.end()) if found else None


def mark_quote(text: str, quote: str, people: Iterable[str] = (), organisations: Iterable[str] = ()) -> Markup:
    """The page's text with names marked and the quoted sentence highlighted as ``#quote``."""
    span = find_quote(text, quote)
    if span is None:
        return mark_entities(text, people, organisations)
    start, end = span
    return Markup("").join(
        [
            mark_entities(text[:start], people, organisations),
            Markup('<mark id="quote" class="quote">{}</mark>').format(
                mark_entities(text[start:end], people, organisations)
            ),
            mark_entities(text[end:], people, organisations),
        ]
    )
