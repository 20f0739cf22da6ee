"""What the search page shows around the hits: facet links, active filters, pages, chart.

Everything here is derived from the ``SearchResult`` that /api/search also returns, plus
the URL's own parameters, so the HTML page renders what the JSON endpoint returns. Each
link is the current URL with one filter added or removed, and always back on page 1.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from flask import url_for

from indexer.index.search import SearchResult
from webapp.display import long_date, type_label
from webapp.links import query_pair
from webapp.timeline import Timeline, build_timeline, date_range

# Facet name in SearchResult.facets → (heading, URL parameter it sets).
FACETS = {
    "person": ("People", "person"),
    "organisation": ("Organisations", "org"),
    "meeting": ("Meetings", "meeting"),
    "type": ("Result type", "type"),
    "year": ("Year", None),  # a year sets the from/to dates
}
FILTER_LABELS = {
    "person": "Person",
    "meeting": "Meeting",
    "org": "Organisation",
    "type": "Type",
    "from": "From",
    "to": "To",
    "outcome": "Outcome",
}
# Long facets are cut here on the page; the JSON keeps all the indexer sends.
FACET_VALUES_SHOWN = 12


@dataclass
class FacetValue:
    label: str
    count: int
    url: str
    active: bool = False


@dataclass
class FacetGroup:
    name: str
    title: str
    values: list[FacetValue]


@dataclass
class ActiveFilter:
    name: str
    label: str
    value: str
    remove_url: str


@dataclass
class Pagination:
    page: int
    pages: int
    previous_url: str | None = None
    next_url: str | None = None


@dataclass
class SortLink:
    label: str
    url: str
    active: bool


@dataclass
class SearchPage:
    result: SearchResult
    args: dict[str, str]
    facets: list[FacetGroup] = field(default_factory=list)
    active: list[ActiveFilter] = field(default_factory=list)
    pagination: Pagination | None = None
    timeline: Timeline | None = None
    notices: list[str] = field(default_factory=list)
    sorts: list[SortLink] = field(default_factory=list)

    @property
    def first_shown(self) -> int:
        return (self.result.page - 1) * self.result.per_page + 1

    @property
    def last_shown(self) -> int:
        return self.first_shown + len(self.result.hits) - 1


class SearchLinks:
    """Links to the search page for one request's ``args``, each with a change or two.

    A results page holds about fifty of them (every facet value, timeline bar, sort and
    page link); each parameter is encoded once per page, not once per link, and each link
    reads exactly as ``url_for`` would write it.
    """

    def __init__(self, args: dict[str, str]) -> None:
        self.args = args
        self.path = url_for("search.results")
        self._pairs: dict[tuple[str, Any], str] = {}

    def __call__(self, page: int = 1, **changes: str | None) -> str:
        """The search URL with ``changes`` applied (None removes a parameter)."""
        merged = {**self.args, **changes}
        pairs = [self._pair(k, v) for k, v in merged.items() if v]
        if page > 1:
            pairs.append(self._pair("page", page))
        return f"{self.path}?{'&'.join(pairs)}" if pairs else self.path

    def _pair(self, name: str, value: Any) -> str:
        pair = self._pairs.get((name, value))
        if pair is None:
            pair = self._pairs[(name, value)] = query_pair(name, value)
        return pair


def search_url(args: dict[str, str], page: int = 1, **changes: str | None) -> str:
    """The search URL for ``args`` with ``changes`` applied (None removes a parameter)."""
    return SearchLinks(args)(page, **changes)


def page_count(result: SearchResult) -> int:
    return max(1, math.ceil(result.total / max(1, result.per_page)))


def build_search_page(result: SearchResult, args: dict[str, str], notices: list[str] | None = None) -> SearchPage:
    """Facets, active filters, pagination and timeline for one search result."""
    link = SearchLinks(args)
    return SearchPage(
        result=result,
        args=args,
        facets=_facet_groups(result, args, link),
        active=_active_filters(args, link),
        pagination=_pagination(result, link),
        timeline=build_timeline(result.timeline, lambda start, end: link(**{"from": start, "to": end})),
        notices=[*_partial_notice(result), *_relaxed_notice(result), *(notices or [])],
        sorts=_sort_links(args, link),
    )


def _partial_notice(result: SearchResult) -> list[str]:
    """Say so when the search ran out of time and shows only what it found by then."""
    if not result.partial:
        return []
    if not result.total:
        return [
            "This search was stopped: it would take too long (wildcards match many words). Try fewer or longer ones."
        ]
    return [
        f"This search was stopped before it finished: it shows the best of the first {result.total:,} passages "
        "found, and there are more. Longer words before a * make a search quicker."
    ]


def _relaxed_notice(result: SearchResult) -> list[str]:
    """Say so when not every word could be matched, and which words no paper holds."""
    if not result.relaxed:
        return []
    if result.missing:
        words = ", ".join(f"“{w}”" for w in result.missing)
        return [f"No paper mentions {words}: showing results without {'it' if len(result.missing) == 1 else 'them'}."]
    return ["No passage has every word: showing passages with most of them."]


def _sort_links(args: dict[str, str], link: SearchLinks) -> list[SortLink]:
    """Best match first, or newest meeting first: the journalist's and the clerk's orders."""
    by_date = args.get("sort") == "date"
    return [
        SortLink("Best match", link(sort=None), not by_date),
        SortLink("Newest first", link(sort="date"), by_date),
    ]


def _facet_groups(result: SearchResult, args: dict[str, str], link: SearchLinks) -> list[FacetGroup]:
    groups = []
    for name, (title, param) in FACETS.items():
        values = []
        for value, count in (result.facets.get(name) or [])[:FACET_VALUES_SHOWN]:
            value = str(value)
            # A value already filtered on links back out of the filter, so a facet toggles.
            if param is None:
                start, end = date_range(value) if value.isdigit() and len(value) == 4 else (None, None)
                if start is None:
                    continue
                active = args.get("from") == start and args.get("to") == end
                url = link(**({"from": None, "to": None} if active else {"from": start, "to": end}))
                label = value
            else:
                active = args.get(param, "").lower() == value.lower()
                url = link(**{param: None if active else value})
                label = type_label(value, plural=True) if name == "type" else value
            values.append(FacetValue(label=label, count=int(count), url=url, active=active))
        if values:
            groups.append(FacetGroup(name=name, title=title, values=values))
    return groups


def _active_filters(args: dict[str, str], link: SearchLinks) -> list[ActiveFilter]:
    active = []
    for name, label in FILTER_LABELS.items():
        value = args.get(name)
        if not value:
            continue
        shown = long_date(value) if name in ("from", "to") else type_label(value) if name == "type" else value
        active.append(ActiveFilter(name=name, label=label, value=shown, remove_url=link(**{name: None})))
    return active


def _pagination(result: SearchResult, link: SearchLinks) -> Pagination | None:
    pages = page_count(result)
    if result.total <= result.per_page:
        return None
    page = min(result.page, pages)
    return Pagination(
        page=page,
        pages=pages,
        previous_url=link(page=page - 1) if page > 1 else None,
        next_url=link(page=page + 1) if page < pages else None,
    )
